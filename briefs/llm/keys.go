package llm

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/zalando/go-keyring"
)

// keyringService is the service name Briefsmith's keys are stored under.
const keyringService = "briefsmith"

// ErrNoKeyring means the OS keyring cannot be used here (none installed,
// locked, or not answering). The message is meant for the user.
var ErrNoKeyring = errors.New("no system keyring is available: set the OPENAI_API_KEY environment variable or enter a key for this session only")

// ErrNoKey means the store has no key for the account.
var ErrNoKey = errors.New("no API key is stored")

// KeyStore keeps API keys by account (see Config.KeyAccount). Get returns
// ErrNoKey when there is none; the keyring store returns errors wrapping
// ErrNoKeyring when the keyring cannot be used. Errors never contain a key.
type KeyStore interface {
	Get(ctx context.Context, account string) (string, error)
	Set(ctx context.Context, account, key string) error
	Delete(ctx context.Context, account string) error
}

// keyringStore is a KeyStore over the OS keyring, with a timeout on every
// call because a locked keyring can wait forever for a password prompt.
type keyringStore struct {
	timeout time.Duration
	// busy admits one keyring call at a time, so a call that never returns
	// holds up later ones (which then time out) instead of piling up goroutines.
	busy chan struct{}
	// The keyring operations; tests replace them.
	get func(service, user string) (string, error)
	set func(service, user, password string) error
	del func(service, user string) error
}

// KeyringTimeout is how long every keyring call of the command line and the
// app may take: a locked keyring can otherwise wait for ever on a password
// prompt.
const KeyringTimeout = 5 * time.Second

// NewKeyring returns a KeyStore backed by the OS keyring (Secret Service,
// Keychain or Credential Manager). Each call gives up after timeout
// (KeyringTimeout when timeout ≤ 0) with an error wrapping ErrNoKeyring. A keyring call that
// never returns keeps one goroutine waiting for it; there is no way to cancel it.
func NewKeyring(timeout time.Duration) KeyStore {
	if timeout <= 0 {
		timeout = KeyringTimeout
	}
	return &keyringStore{timeout: timeout, busy: make(chan struct{}, 1),
		get: keyring.Get, set: keyring.Set, del: keyring.Delete}
}

// Get returns the key stored for account.
func (k *keyringStore) Get(ctx context.Context, account string) (string, error) {
	return k.call(ctx, func() (string, error) { return k.get(keyringService, account) })
}

// Set stores key for account.
func (k *keyringStore) Set(ctx context.Context, account, key string) error {
	_, err := k.call(ctx, func() (string, error) { return "", k.set(keyringService, account, key) })
	if err != nil && key != "" && strings.Contains(err.Error(), key) {
		return errors.New(Redact(err.Error(), key))
	}
	return err
}

// Delete removes the key for account; deleting a missing key is not an error.
func (k *keyringStore) Delete(ctx context.Context, account string) error {
	_, err := k.call(ctx, func() (string, error) { return "", k.del(keyringService, account) })
	if errors.Is(err, ErrNoKey) {
		return nil
	}
	return err
}

// call runs op in a goroutine and waits for it, the timeout or ctx.
func (k *keyringStore) call(ctx context.Context, op func() (string, error)) (string, error) {
	timer := time.NewTimer(k.timeout)
	defer timer.Stop()
	select {
	case k.busy <- struct{}{}:
	case <-timer.C:
		return "", fmt.Errorf("%w (an earlier keyring request has not returned)", ErrNoKeyring)
	case <-ctx.Done():
		return "", ctx.Err()
	}
	type result struct {
		val string
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() { <-k.busy }()
		v, err := op()
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		return r.val, keyringError(r.err)
	case <-timer.C:
		return "", fmt.Errorf("%w (the keyring did not answer within %s; is it locked?)", ErrNoKeyring, k.timeout)
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// keyringError maps go-keyring's errors to ours. Only ErrNotFound is typed;
// anything else means the keyring cannot be used.
func keyringError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, keyring.ErrNotFound):
		return ErrNoKey
	case errors.Is(err, keyring.ErrSetDataTooBig):
		return errors.New("the key is too long for the system keyring")
	}
	return fmt.Errorf("%w (%v)", ErrNoKeyring, err)
}

// sessionKeys is an in-memory KeyStore that forgets everything on exit.
type sessionKeys struct {
	mu   sync.Mutex
	keys map[string]string
}

// NewSessionKeys returns a KeyStore that keeps keys in memory for this run
// only: the choice for people without a keyring who do not want to set an
// environment variable.
func NewSessionKeys() KeyStore {
	return &sessionKeys{keys: map[string]string{}}
}

// Get returns the key for account, or ErrNoKey.
func (s *sessionKeys) Get(_ context.Context, account string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if k, ok := s.keys[account]; ok {
		return k, nil
	}
	return "", ErrNoKey
}

// Set keeps key for account until the program exits.
func (s *sessionKeys) Set(_ context.Context, account, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.keys[account] = key
	return nil
}

// Delete forgets the key for account.
func (s *sessionKeys) Delete(_ context.Context, account string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.keys, account)
	return nil
}

// ResolveKey returns c with APIKey filled from the first store that has a
// key for c.KeyAccount(), unless c already has one (from the environment).
// Stores that fail are skipped. When no store has a key the error is ErrNoKey,
// or the first store failure (wrapping ErrNoKeyring) so the caller can say why
// and offer the environment variable or a session key.
func ResolveKey(ctx context.Context, c Config, stores ...KeyStore) (Config, error) {
	if c.APIKey != "" {
		return c, nil
	}
	var firstErr error
	for _, s := range stores {
		key, err := s.Get(ctx, c.KeyAccount())
		if err == nil && key != "" {
			c.APIKey = key
			return c, nil
		}
		if err != nil && !errors.Is(err, ErrNoKey) && firstErr == nil {
			firstErr = err
		}
	}
	if firstErr != nil {
		return c, firstErr
	}
	return c, ErrNoKey
}
