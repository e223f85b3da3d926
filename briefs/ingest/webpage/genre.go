package webpage

import (
	"net/url"
	"strings"

	"briefsmith/briefs"
)

// ldGenres are the JSON-LD types of the article node that name a genre
// other than news.
var ldGenres = map[string]string{
	"OpinionNewsArticle": briefs.GenreOpinion, "ReviewNewsArticle": briefs.GenreReview,
	"Review": briefs.GenreReview, "CriticReview": briefs.GenreReview, "UserReview": briefs.GenreReview,
	"Recipe": briefs.GenreRecipe, "HowTo": briefs.GenreHowTo, "AdvertiserContentArticle": briefs.GenreSponsored,
	"SatiricalArticle": briefs.GenreSatire,
}

// pathGenres are the sections of a site's address that hold one genre
// ("/opinion/", "/recipes/").
var pathGenres = map[string]string{
	"opinion": briefs.GenreOpinion, "opinions": briefs.GenreOpinion, "op-ed": briefs.GenreOpinion, "oped": briefs.GenreOpinion,
	"editorial": briefs.GenreOpinion, "editorials": briefs.GenreOpinion, "commentary": briefs.GenreOpinion,
	"columnists": briefs.GenreOpinion, "column": briefs.GenreOpinion, "columns": briefs.GenreOpinion,
	"review": briefs.GenreReview, "reviews": briefs.GenreReview,
	"recipe": briefs.GenreRecipe, "recipes": briefs.GenreRecipe,
	"how-to": briefs.GenreHowTo, "howto": briefs.GenreHowTo, "guides": briefs.GenreHowTo,
	"advice": briefs.GenreAdvice, "dear-abby": briefs.GenreAdvice,
	"deals": briefs.GenreDeals, "coupons": briefs.GenreDeals,
	"sponsored": briefs.GenreSponsored, "partner-content": briefs.GenreSponsored, "paid-content": briefs.GenreSponsored,
}

// slugGenres are how a story's own name (the address's last part) starts
// or ends when it names its genre ("how-to-retire-early…",
// "spiced-honey-pear-jam-recipe").
var slugGenres = []struct{ prefix, suffix, genre string }{
	{"how-to-", "", briefs.GenreHowTo},
	{"", "-recipe", briefs.GenreRecipe},
	{"", "-review", briefs.GenreReview},
	{"dear-abby-", "", briefs.GenreAdvice},
}

// genre is what the page declares itself to be when that is not news:
// its JSON-LD article type first, then its address's sections and slug;
// "" for news or when the page does not say.
func (m pageMeta) genre() string {
	if g := ldGenre(m.ld); g != "" {
		return g
	}
	return pathGenre(m.link())
}

// ldGenre is the genre of the first JSON-LD node whose type names one.
func ldGenre(docs []ldDoc) string {
	for _, doc := range docs {
		for _, n := range doc {
			for _, t := range asList(n["@type"]) {
				if name, _ := t.(string); ldGenres[name] != "" {
					return ldGenres[name]
				}
			}
		}
	}
	return ""
}

// pathGenre is the genre an address's path names, or "".
func pathGenre(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	parts := strings.Split(strings.Trim(strings.ToLower(u.Path), "/"), "/")
	for _, p := range parts[:max(0, len(parts)-1)] { // the last part is the story's own name
		if g := pathGenres[p]; g != "" {
			return g
		}
	}
	slug := strings.TrimSuffix(strings.TrimSuffix(parts[len(parts)-1], ".html"), ".htm")
	for _, sg := range slugGenres {
		if sg.prefix != "" && strings.HasPrefix(slug, sg.prefix) || sg.suffix != "" && strings.HasSuffix(slug, sg.suffix) {
			return sg.genre
		}
	}
	return ""
}
