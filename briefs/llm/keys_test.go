package llm

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/zalando/go-keyring"
)

func TestKeyringStore(t *testing.T) {
	keyring.MockInit()
	ctx := context.Background()
	ks := NewKeyring(time.Second)
	if _, err := ks.Get(ctx, "openai"); !errors.Is(err, ErrNoKey) {
		t.Fatalf("empty keyring: err = %v, want ErrNoKey", err)
	}
	if err := ks.Set(ctx, "openai", "sk-stored-key"); err != nil {
		t.Fatal(err)
	}
	if k, err := ks.Get(ctx, "openai"); k != "sk-stored-key" || err != nil {
		t.Errorf("Get = %q, %v", k, err)
	}
	if err := ks.Delete(ctx, "openai"); err != nil {
		t.Fatal(err)
	}
	if err := ks.Delete(ctx, "openai"); err != nil {
		t.Errorf("deleting a missing key: %v", err)
	}
}

func TestNoKeyring(t *testing.T) {
	keyring.MockInitWithError(errors.New(`The name org.freedesktop.secrets was not provided by any .service files`))
	defer keyring.MockInit()
	ks := NewKeyring(time.Second)
	_, err := ks.Get(context.Background(), "openai")
	if !errors.Is(err, ErrNoKeyring) || !strings.Contains(err.Error(), "OPENAI_API_KEY") {
		t.Errorf("err = %v, want ErrNoKeyring offering the environment variable", err)
	}
	if err := ks.Set(context.Background(), "openai", "sk-some-key-value"); !errors.Is(err, ErrNoKeyring) || strings.Contains(err.Error(), "sk-some") {
		t.Errorf("Set err = %v", err)
	}
}

func TestLockedKeyringTimesOut(t *testing.T) {
	release := make(chan struct{})
	ks := NewKeyring(100 * time.Millisecond).(*keyringStore)
	ks.get = func(_, _ string) (string, error) { <-release; return "late", nil } // a prompt nobody answers
	defer close(release)
	for i := range 2 { // the second call waits behind the stuck first one
		start := time.Now()
		_, err := ks.Get(context.Background(), "openai")
		if !errors.Is(err, ErrNoKeyring) || time.Since(start) > 500*time.Millisecond {
			t.Errorf("call %d: err = %v after %v, want ErrNoKeyring after 0.1 s", i+1, err, time.Since(start))
		}
	}
}

func TestResolveKey(t *testing.T) {
	ctx := context.Background()
	keyring.MockInitWithError(errors.New("dbus-launch not found"))
	defer keyring.MockInit()
	session := NewSessionKeys()
	cfg := DefaultConfig()

	if _, err := ResolveKey(ctx, cfg, NewKeyring(time.Second), session); !errors.Is(err, ErrNoKeyring) {
		t.Errorf("no key anywhere and no keyring: err = %v, want ErrNoKeyring", err)
	}
	if _, err := ResolveKey(ctx, cfg, session); !errors.Is(err, ErrNoKey) {
		t.Errorf("no key in session: err = %v, want ErrNoKey", err)
	}
	session.Set(ctx, "openai", "sk-session")
	if c, err := ResolveKey(ctx, cfg, NewKeyring(time.Second), session); err != nil || c.APIKey != "sk-session" {
		t.Errorf("session key: %q, %v", c.APIKey, err)
	}
	cfg.APIKey = "sk-env"
	if c, err := ResolveKey(ctx, cfg, session); err != nil || c.APIKey != "sk-env" {
		t.Errorf("environment key should win: %q, %v", c.APIKey, err)
	}
}
