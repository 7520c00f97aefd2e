package compare

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/quote"
)

// hq is a hand-made quote: the words as printed in a corpus article and
// the attribution a careful reader gives them.
type hq struct {
	text, speaker, title string
	kind                 quote.Kind
}

// corpusQuotes is the hand attribution of the speech in the five seed
// articles, with Kind as package quote and attribute define it.
var corpusQuotes = map[string][]hq{
	"000_de00b857d2019a86.txt": {
		{"reasonable concerns", "Wang Yi", "Chinese Foreign Minister", quote.Partial},
		{"We urge all parties to show restraint, refrain from escalating tensions and exacerbating the crisis,", "Wang Yi", "", quote.Direct},
		{"regional security cannot be guaranteed by strengthening or expanding military blocs.", "Wang Yi", "", quote.Partial},
		{"Russia’s reasonable security concerns should be taken seriously and resolved.", "Wang Yi", "", quote.Partial},
		{"Minister Blinken underlined the global risks to security and the economy that would provoke a new Russian attack on Ukraine and noted that de-escalation and diplomacy are the way forward,", "Ned Price", "State Department spokesman", quote.Direct},
	},
	"001_4c58c1000bd5c8dd.txt": {
		{"Russia’s reasonable security concerns should be taken seriously and resolved", "Wang Yi", "Foreign Minister", quote.Partial},
		{"We call on all parties to remain calm and refrain from doing things that stimulate tension and hype up the crisis,", "Wang Yi", "", quote.Direct},
		{"the security of one country should not be at the expense of the security of others, and regional security could not be guaranteed by strengthening or expanding military blocs", "Wang Yi", "", quote.Indirect},
		{"underscored the global security and economic risks posed by further Russian aggression against Ukraine and conveyed that de-escalation and diplomacy are the responsible way forward", "Ned Price", "US State Department spokesman", quote.Partial},
		{"The document we’ve delivered includes concerns of the United States and our allies and partners about Russia’s actions that undermine security, a principled and pragmatic evaluation of the concerns that Russia has raised, and our own proposals for areas where we may be able to find common ground,", "Antony Blinken", "Secretary of State", quote.Direct},
		{"Our Chinese friends are paying close attention to the talks,", "Andrey Denisov", "Russian ambassador to China", quote.Direct},
		{"There’s no need to hide any content or subjects in these diplomatic efforts.", "Andrey Denisov", "", quote.Direct},
	},
	"002_eb11b77ec815ec45.txt": {
		{"mounting threats to Russia’s national interests", "Vladimir Putin", "", quote.Partial},
		{"such principles as not interfering in other countries affairs, respect for each other’s interests, and a determination to turn the shared border into a belt of peace and goodwill.", "Vladimir Putin", "Russian President", quote.Partial},
		{"firmly opposing attempts to drive a wedge between our countries while supporting China’s efforts to protect its national interests.", "Xi Jinping", "Chinese President", quote.Partial},
		{"several international forces are arbitrarily meddling in the internal affairs of China and Russia under the guise of democracy, human rights, and international law, trampled upon international law", "Xi Jinping", "China’s Foreign Minister", quote.Indirect},
		{"greatly looks forward to this upcoming meeting at the Winter Olympics", "Xi Jinping", "", quote.Partial},
		{"to make the post-COVID era of China-Russia relations a happy one.", "Xi Jinping", "", quote.Partial},
	},
	"003_338cd976ea4e89e7.txt": {
		{"The parties oppose the further expansion of NATO and call on the North Atlantic Alliance to refrain from ideological approaches since the Cold War,", "Kremlin", "", quote.Direct},
		{"It urges NATO to respect the sovereignty, security, interests of other countries and the diversity of their civilizational and cultural-historical ways and to deal with the peaceful development of other governments in an objective and fair manner,", "Kremlin", "", quote.Direct},
		{"Russia and China have similar and coincidental positions on most international issues", "Yury Ushakov", "Kremlin foreign policy adviser", quote.Indirect},
	},
	"004_f10ab1fcdb519792.txt": {
		{"understands Russia’s concerns and fully supports our initiative to work out these security guarantees for Russia,", "Xi Jinping", "Chinese President", quote.Partial},
		{"mounting threats to Russia’s national interests from the US and the NATO bloc, which consistently move their military infrastructure close to the Russian borders,", "Vladimir Putin", "", quote.Partial},
		{"such principles as not interfering in internal affairs (of each other), respect for each other’s interests, determination to turn the shared border into a belt of eternal peace and good neighbourliness.", "Vladimir Putin", "", quote.Partial},
		{"strongly supported China’s efforts to protect key national interests and firmly opposed attempts to drive a wedge between our countries.", "Xi Jinping", "", quote.Partial},
		{"both China and Russia need to carry out more joint actions to more effectively safeguard our security and interests.", "Xi Jinping", "", quote.Partial},
		{"At present, certain international forces are arbitrarily interfering in the internal affairs of China and Russia under the guise of democracy and human rights, and brutally trampling on international law and the norms of international relations,", "Xi Jinping", "", quote.Direct},
	},
}

// corpusPeople lists the titles the articles give, as attribute would.
var corpusPeople = map[string][]struct{ name, kind, title string }{
	"000_de00b857d2019a86.txt": {{"Wang Yi", "person", "Chinese Foreign Minister"}, {"Anthony Blinken", "person", "US counterpart"}},
	"001_4c58c1000bd5c8dd.txt": {{"Wang Yi", "person", "Chinese Foreign Minister"}, {"Antony Blinken", "person", "US Secretary of State"}, {"Blinken", "person", ""}},
	"002_eb11b77ec815ec45.txt": {{"Xi Jinping", "person", "China’s President"}, {"Yuri Ushakov", "person", "foreign affairs adviser"}, {"Xi Jinping", "person", "Chinese President"}, {"Xi", "person", ""}},
	"003_338cd976ea4e89e7.txt": {{"Xi Jinping", "person", "Chinese President"}, {"Yury Ushakov", "person", "Kremlin foreign policy adviser"}, {"Kremlin", "organization", ""}},
	"004_f10ab1fcdb519792.txt": {{"Xi Jinping", "person", "Chinese President"}, {"Yuri Ushakov", "person", "foreign affairs adviser"}, {"Xi", "person", ""}},
}

func repoRoot(t testing.TB) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Dir(wd)
}

// corpusDocs builds Documents from the seed articles, locating every
// hand-made quote and title at its real byte offsets.
func corpusDocs(t testing.TB) []Document {
	dir := filepath.Join(repoRoot(t), "testdata", "corpus")
	var names []string
	for n := range corpusQuotes {
		names = append(names, n)
	}
	sort.Strings(names)
	var docs []Document
	for _, n := range names {
		src, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		d := Document{Name: n, Text: src}
		for _, h := range corpusQuotes[n] {
			text := strings.TrimRight(h.text, ",")
			i := bytes.Index(src, []byte(text))
			if i < 0 {
				t.Fatalf("%s: quote not in article: %q", n, text)
			}
			q := quote.Quote{Start: i, End: i + len(text), Text: text, Kind: h.kind, Speaker: h.speaker, Title: h.title}
			if j := bytes.Index(src, []byte(h.speaker)); j >= 0 && h.speaker != "" {
				q.Mention = quote.Mention{Text: h.speaker, Start: j, End: j + len(h.speaker)}
			}
			d.Quotes = append(d.Quotes, q)
		}
		for _, p := range corpusPeople[n] {
			per := attribute.Person{Name: p.name, Kind: p.kind}
			if j := bytes.Index(src, []byte(p.name)); j >= 0 {
				per.Mentions = []quote.Mention{{Text: p.name, Start: j, End: j + len(p.name)}}
			}
			if p.title != "" {
				j := bytes.Index(src, []byte(p.title+" "+p.name))
				if j < 0 {
					j = bytes.Index(src, []byte(p.title))
				}
				if j < 0 {
					t.Fatalf("%s: title not in article: %q", n, p.title)
				}
				per.Titles = []quote.Mention{{Text: p.title, Start: j, End: j + len(p.title)}}
			}
			d.People = append(d.People, per)
		}
		docs = append(docs, d)
	}
	return docs
}
