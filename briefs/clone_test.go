package briefs

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

// TestCloneIsDeep fills every field of a Brief, at any depth, with a
// non-zero value, clones it, changes every value reachable from the clone
// and checks that the original did not move. A field added anywhere under
// Brief that Clone shares instead of copying (a slice, a pointer, a map)
// makes it fail and names the field.
func TestCloneIsDeep(t *testing.T) {
	var orig, want Brief
	fill(t, reflect.ValueOf(&orig).Elem(), "Brief", 1)
	fill(t, reflect.ValueOf(&want).Elem(), "Brief", 1)
	c := orig.Clone()
	if !reflect.DeepEqual(*c, orig) {
		t.Fatalf("the clone differs from the original:\n%+v\n%+v", *c, orig)
	}
	mutate(t, reflect.ValueOf(c).Elem(), "Brief")
	if where := firstDiff(reflect.ValueOf(orig), reflect.ValueOf(want), "Brief"); where != "" {
		t.Fatalf("changing the clone changed the original at %s: Clone shares it instead of copying it", where)
	}
}

func TestCloneNil(t *testing.T) {
	var b *Brief
	if b.Clone() != nil {
		t.Fatal("a nil brief cloned to non-nil")
	}
	empty := (&Brief{}).Clone()
	if empty.Items != nil {
		t.Fatal("nil items cloned to non-nil")
	}
}

var timeType = reflect.TypeOf(time.Time{})

// fill sets v and everything under it to non-zero values derived from seed.
// It fails on kinds it does not know how to fill, so that a new kind of
// field makes someone extend the test (and Clone) deliberately.
func fill(t *testing.T, v reflect.Value, path string, seed int) {
	t.Helper()
	if v.Type() == timeType {
		v.Set(reflect.ValueOf(time.Date(2026, 1, seed%28+1, 7, 0, 0, 0, time.UTC)))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("value " + path)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(seed))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(seed))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(seed) + 0.5)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() {
				t.Fatalf("%s.%s is unexported: teach fill and Clone about it", path, f.Name)
			}
			fill(t, v.Field(i), path+"."+f.Name, seed+i+1)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(t, v.Index(i), path+"[]", seed+i)
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(t, v.Elem(), path+"*", seed)
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		key, val := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(t, key, path+"{key}", seed)
		fill(t, val, path+"{}", seed)
		v.SetMapIndex(key, val)
	default:
		t.Fatalf("%s is a %s: teach fill and Clone about it", path, v.Kind())
	}
}

// mutate changes every value reachable from v in place: through a shared
// slice, pointer or map the change would reach the original.
func mutate(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	if v.Type() == timeType {
		v.Set(reflect.ValueOf(v.Interface().(time.Time).Add(time.Hour)))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + " changed")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(v.Int() + 100)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(v.Uint() + 100)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(v.Float() + 100)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Struct:
		for i := range v.NumField() {
			mutate(t, v.Field(i), path+"."+v.Type().Field(i).Name)
		}
	case reflect.Slice:
		for i := range v.Len() {
			mutate(t, v.Index(i), path+"[]")
		}
	case reflect.Pointer:
		if !v.IsNil() {
			mutate(t, v.Elem(), path+"*")
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			val := reflect.New(v.Type().Elem()).Elem()
			val.Set(v.MapIndex(k))
			mutate(t, val, path+"{}")
			v.SetMapIndex(k, val)
		}
	default:
		t.Fatalf("%s is a %s: teach mutate about it", path, v.Kind())
	}
}

// firstDiff is the path of the first value that differs between a and b,
// or "" when they are deeply equal.
func firstDiff(a, b reflect.Value, path string) string {
	if reflect.DeepEqual(a.Interface(), b.Interface()) {
		return ""
	}
	switch a.Kind() {
	case reflect.Struct:
		if a.Type() == timeType {
			return path
		}
		for i := range a.NumField() {
			if d := firstDiff(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); d != "" {
				return d
			}
		}
	case reflect.Slice:
		for i := range min(a.Len(), b.Len()) {
			if d := firstDiff(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i)); d != "" {
				return d
			}
		}
	case reflect.Pointer:
		if !a.IsNil() && !b.IsNil() {
			return firstDiff(a.Elem(), b.Elem(), path)
		}
	}
	return path
}
