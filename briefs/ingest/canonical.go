package ingest

import (
	"briefsmith/briefs"
	"net"
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that say how a reader found a link,
// not which page it is. Names ending in "*" are prefixes. Short generic
// names some sites use for content ("cid", "src", "id") are left alone:
// dropping one would make two stories look like one and skip the second.
var trackingParams = []string{
	"utm_*", "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "igshid", "twclid", "ttclid", "li_fat_id",
	"mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "hsctatracking", "mkt_tok", "oly_anon_id", "oly_enc_id",
	"vero_id", "wt_mc", "wt.mc_id", "cmpid", "ocid", "smid", "smtyp", "sr_share", "s_cid", "at_medium", "at_campaign",
	"at_custom*", "ito", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "ref", "ref_src", "ref_url",
	"icid", "spm", "outputtype", "amp",
}

// CanonicalURL returns a comparison key for a web address: two addresses
// with the same key show the same page. It lower-cases the scheme and host,
// reads http as https, drops "www.", "m.", "mobile." and "amp." before the
// host, the default port, the fragment, tracking parameters (utm_*,
// fbclid, gclid, outputType=amp, …) and AMP path forms (/amp, .amp,
// /amp/…), removes a trailing slash and sorts the remaining query. The key
// is for comparing and need not be fetchable. Anything that is not an
// http or https address comes back trimmed but otherwise unchanged.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (!strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https")) {
		return raw
	}
	host := canonicalHost(u)
	if host == "" || strings.HasPrefix(host, ":") { // "http://..": no host left to name
		return raw
	}
	out := url.URL{Scheme: "https", Host: host, Path: canonicalPath(u.Path)}
	out.RawQuery = canonicalQuery(u.Query())
	return out.String()
}

// hostPrefixes are the mobile, AMP and www forms of a site's host.
var hostPrefixes = []string{"www.", "m.", "mobile.", "amp."}

// withoutHostPrefixes drops hostPrefixes from host for as long as one
// opens it and a dotted name stays ("amp.m.example.com" → "example.com"),
// so that a canonical host is canonical again.
func withoutHostPrefixes(host string) string {
	for {
		cut := false
		for _, p := range hostPrefixes {
			if rest, ok := strings.CutPrefix(host, p); ok && strings.Contains(rest, ".") {
				host, cut = rest, true
			}
		}
		if !cut {
			return host
		}
	}
}

// canonicalHost is the lower-case host without a default port, a trailing
// dot or a mobile, AMP or www prefix.
func canonicalHost(u *url.URL) string {
	host, port := strings.ToLower(u.Hostname()), u.Port()
	host = strings.TrimRight(host, ".")
	host = withoutHostPrefixes(host)
	if port != "" && port != "80" && port != "443" {
		return net.JoinHostPort(host, port)
	}
	if strings.Contains(host, ":") { // IPv6
		return "[" + host + "]"
	}
	return host
}

// canonicalPath drops AMP forms, repeated and trailing slashes.
func canonicalPath(p string) string {
	for strings.Contains(p, "//") {
		p = strings.ReplaceAll(p, "//", "/")
	}
	if rest, ok := strings.CutPrefix(p, "/amp/"); ok {
		p = "/" + rest
	}
	p = strings.TrimSuffix(p, "/")
	lower := strings.ToLower(p)
	switch {
	case strings.HasSuffix(lower, ".amp.html"):
		p = p[:len(p)-len(".amp.html")] + ".html"
	case strings.HasSuffix(lower, "/amp.html"):
		p = p[:len(p)-len("/amp.html")]
	case strings.HasSuffix(lower, "/amp"), strings.HasSuffix(lower, ".amp"):
		p = p[:len(p)-len("/amp")]
	}
	return strings.TrimSuffix(p, "/")
}

// canonicalQuery keeps the parameters that are not tracking, sorted.
func canonicalQuery(q url.Values) string {
	for name := range q {
		if isTracking(strings.ToLower(name)) {
			delete(q, name)
		}
	}
	for _, vs := range q {
		sort.Strings(vs)
	}
	return q.Encode() // sorted by name
}

func isTracking(name string) bool {
	for _, t := range trackingParams {
		if prefix, ok := strings.CutSuffix(t, "*"); ok && strings.HasPrefix(name, prefix) || name == t {
			return true
		}
	}
	return false
}

// BatchOptions are the options for briefs.ImportAll that every front end
// uses with this package's importer: the default bounds, the same address
// (CanonicalURL) imported once, and near-duplicate stories from different
// outlets merged into one item (MergeNearDuplicates).
func BatchOptions() briefs.ImportOptions {
	return briefs.ImportOptions{SameAs: CanonicalURL, Merge: MergeNearDuplicates}
}
