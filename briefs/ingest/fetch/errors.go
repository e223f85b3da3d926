package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/url"
	"syscall"
)

// The kinds of failure Get reports; test with errors.Is.
var (
	ErrStatus           = errors.New("unsuccessful HTTP status")
	ErrContentType      = errors.New("content type not accepted")
	ErrTooLarge         = errors.New("body over the size limit")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrBadRedirect      = errors.New("redirect to a non-web address")
)

// Problem is a failure told in plain words; Unwrap gives the cause for
// logs and errors.Is.
type Problem struct {
	Text string // what went wrong, for people: "the server answered 404 Not Found"
	Err  error  // the underlying error, may be nil
}

// Error returns the plain-words text.
func (p *Problem) Error() string { return p.Text }

// Unwrap returns the underlying error.
func (p *Problem) Unwrap() error { return p.Err }

func problem(err error, text string) *Problem { return &Problem{Text: text, Err: err} }

// explain turns a transport error into a Problem. timeoutText, holding
// one %s for the time limit, is used when the deadline passed.
func (f *Fetcher) explain(ctx context.Context, err error, timeoutText string) error {
	var p *Problem
	switch {
	case errors.As(err, &p):
		return &Problem{Text: p.Text, Err: err}
	case errors.Is(err, context.Canceled):
		return problem(err, "cancelled")
	case errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil:
		return problem(err, fmt.Sprintf(timeoutText, f.opts.Timeout))
	}
	if text := f.networkText(err); text != "" {
		return problem(err, text)
	}
	return problem(err, fmt.Sprintf("could not fetch the page (%v)", cause(err)))
}

// networkText says in plain words what went wrong on the network, or ""
// when err is none of the failures it knows.
func (f *Fetcher) networkText(err error) string {
	var dns *net.DNSError
	var netErr net.Error
	var op *net.OpError
	switch {
	case errors.As(err, &op) && op.Op == "dial" && op.Timeout():
		return fmt.Sprintf("could not connect (no answer within %s)", f.dialTimeout())
	case errors.As(err, &netErr) && netErr.Timeout():
		return "the server did not answer in time"
	case errors.As(err, &dns) && dns.IsNotFound:
		return "could not connect (no such host)"
	case errors.As(err, &dns):
		return "could not connect (the host name could not be looked up)"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "could not connect (connection refused)"
	case errors.Is(err, syscall.ECONNRESET):
		return "the connection was cut off"
	case isCertificateError(err):
		return "the site's security certificate is not valid"
	}
	return ""
}

// cause is the error under a *url.Error, which repeats the method and URL.
func cause(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

func isCertificateError(err error) bool {
	var unknown x509.UnknownAuthorityError
	var invalid x509.CertificateInvalidError
	var hostname x509.HostnameError
	var verify *tls.CertificateVerificationError
	return errors.As(err, &unknown) || errors.As(err, &invalid) || errors.As(err, &hostname) || errors.As(err, &verify)
}
