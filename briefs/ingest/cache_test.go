package ingest

import (
	"strconv"
	"sync"
	"testing"
)

func TestMemo(t *testing.T) {
	m := newMemo[int](3)
	for i := range 5 {
		m.put(strconv.Itoa(i), i)
	}
	if _, ok := m.get("1"); ok {
		t.Error("the oldest key was kept past the bound")
	}
	if v, ok := m.get("4"); !ok || v != 4 {
		t.Errorf("newest: %v %v", v, ok)
	}
	if v, ok := m.take("3"); !ok || v != 3 {
		t.Errorf("take: %v %v", v, ok)
	}
	if _, ok := m.take("3"); ok {
		t.Error("taken twice")
	}
	m.put("5", 5)
	m.put("6", 6)
	if _, ok := m.get("2"); ok || len(m.items) != 3 || len(m.order) != 3 {
		t.Errorf("after take and puts: %v %v", m.items, m.order)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 100 {
				m.put(strconv.Itoa(i*100+j), j)
				m.get(strconv.Itoa(j))
				m.take(strconv.Itoa(j))
			}
		}()
	}
	wg.Wait()
	if len(m.items) > 3 {
		t.Errorf("%d items past the bound", len(m.items))
	}
}
