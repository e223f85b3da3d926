package llm

import (
	"net"
	"net/http"
	"time"

	"github.com/sashabaranov/go-openai"
)

// Transport timeouts. There is deliberately no http.Client.Timeout: it would
// also count the time spent reading a stream. The whole request is bounded
// by the per-article context instead, and a stream by the idle watchdog.
const (
	dialTimeout      = 10 * time.Second
	handshakeTimeout = 10 * time.Second
	idleConnTimeout  = 90 * time.Second
)

// newTransport returns the HTTP transport for one Summarizer, with waits
// bounded at every step before the response arrives.
func newTransport(responseHeaderTimeout time.Duration) *http.Transport {
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: dialTimeout, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   handshakeTimeout,
		ResponseHeaderTimeout: responseHeaderTimeout,
		IdleConnTimeout:       idleConnTimeout,
		MaxIdleConnsPerHost:   16,
		ForceAttemptHTTP2:     true,
	}
}

// newClient builds the go-openai client for c, sending through doer.
func newClient(c Config, doer openai.HTTPDoer) *openai.Client {
	var oc openai.ClientConfig
	if c.Provider == ProviderAzure {
		oc = openai.DefaultAzureConfig(c.APIKey, c.BaseURL)
		oc.APIVersion = c.AzureAPIVersion
		// Config.Model is the deployment name already; the default mapper
		// would rewrite names containing "." or ":".
		oc.AzureModelMapperFunc = func(model string) string { return model }
	} else {
		oc = openai.DefaultConfig(c.APIKey)
		oc.BaseURL = c.BaseURL
	}
	oc.HTTPClient = doer
	return openai.NewClientWithConfig(oc)
}

// supportsSchema reports whether the server accepts json_schema answers:
// Azure only from api-version 2024-08-01-preview.
func supportsSchema(c Config) bool {
	return c.Provider != ProviderAzure || c.AzureAPIVersion >= "2024-08-01"
}
