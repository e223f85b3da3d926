package llm

// Provider names a kind of OpenAI-compatible server.
type Provider string

// The providers Briefsmith knows how to talk to.
const (
	ProviderOpenAI   Provider = "openai"   // api.openai.com
	ProviderAzure    Provider = "azure"    // Azure OpenAI: deployment names, api-key header, api-version
	ProviderOllama   Provider = "ollama"   // a local Ollama server
	ProviderLMStudio Provider = "lmstudio" // a local LM Studio server
	ProviderCustom   Provider = "custom"   // any other OpenAI-compatible base URL (vLLM, llama.cpp, a proxy)
)

// Preset is the starting configuration for one provider.
type Preset struct {
	Provider Provider
	Name     string // for menus: "OpenAI", "Azure OpenAI", …
	BaseURL  string // default endpoint; Azure's needs the resource name filled in
	Model    string // default model (for Azure: the deployment name)
	NeedsKey bool   // whether requests fail without an API key
	Local    bool   // runs on this computer: no key, slower, longer timeout
	// ContextTokens is the context window to plan for. Local servers load
	// models with a small window by default (Ollama 4096) and silently drop
	// the start of a longer prompt, the instructions included.
	ContextTokens int
}

// Presets lists the providers in menu order.
func Presets() []Preset {
	return []Preset{
		{ProviderOpenAI, "OpenAI", "https://api.openai.com/v1", "gpt-4o-mini", true, false, defaultContextTokens},
		{ProviderAzure, "Azure OpenAI", "https://YOUR-RESOURCE.openai.azure.com", "gpt-4o-mini", true, false, defaultContextTokens},
		{ProviderOllama, "Ollama", "http://localhost:11434/v1", "llama3.1", false, true, localContextTokens},
		{ProviderLMStudio, "LM Studio", "http://localhost:1234/v1", "local-model", false, true, localContextTokens},
		{ProviderCustom, "Custom (OpenAI-compatible)", "http://localhost:8000/v1", "", false, false, localContextTokens},
	}
}

// PresetFor returns the preset of provider p.
func PresetFor(p Provider) (Preset, bool) {
	for _, pr := range Presets() {
		if pr.Provider == p {
			return pr, true
		}
	}
	return Preset{}, false
}
