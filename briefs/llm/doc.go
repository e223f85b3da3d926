// Package llm writes brief summaries with a large language model through any
// OpenAI-compatible Chat Completions endpoint: OpenAI, Azure OpenAI, Ollama,
// LM Studio or a custom base URL.
//
// A Summarizer asks for a JSON answer (a strict JSON schema first, then plain
// JSON mode, then text with the three headings, for servers that support
// less), streams it for progress, retries transient failures, and checks the
// result against the article with package factcheck. Any failure falls back
// to the offline summariser with a notice that says why, so a batch always
// finishes.
//
// The article is untrusted data: it travels inside a random per-call
// delimiter in the user message, never in the system prompt, and the model is
// told to treat it as text to summarise, not as instructions.
//
// API keys come from the environment, the OS keyring (see NewKeyring) or a
// per-session store; they never reach the settings file, summaries, logs or
// error messages (see Redact).
package llm
