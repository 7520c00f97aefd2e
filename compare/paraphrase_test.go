package compare

import (
	"testing"

	"github.com/verbatim-nlp/verbatim/quote"
)

// pside is a rendering with the evidence the paraphrase rule weighs:
// the speaker's title and the cue.
type pside struct {
	doc, title, speaker, cue, text string
	kind                           quote.Kind
}

func pdocs(sides []pside) []Document {
	rs := make([]rendering, len(sides))
	for i, s := range sides {
		rs[i] = rendering{doc: s.doc, prefix: s.title + " " + s.speaker + " " + s.cue + " ", suffix: ".\n\n",
			q: quote.Quote{Text: s.text, Kind: s.kind, Speaker: s.speaker, Title: s.title, Cue: quote.Mention{Text: s.cue}}}
	}
	return place(rs)
}

// TestParaphrase: renderings sharing few words are one statement only
// with the supporting evidence together — one side (a person, or a
// state and someone titled for it), a specific cue, the reporter's
// words, a rare shared word — and never on that evidence alone.
func TestParaphrase(t *testing.T) {
	ind := quote.Indirect
	putin := func(doc, cue, text string) pside {
		return pside{doc, "Russian President", "Vladimir Putin", cue, text, ind}
	}
	// Other quotes of the run: they make "plans" and "Ukraine" common.
	topic := []pside{
		{"c", "", "Nato", "said", "Russia plans more exercises near Ukraine", ind},
		{"d", "", "Ukraine", "warned", "Moscow plans a new offensive in Ukraine", ind},
	}
	tests := []struct {
		name, reason string
		a, b         pside
		extra        []pside
		same         bool
	}{
		{"leader and state, same denial", "corpus 002/004: Putin denied, Russia denies; harbouring is the rare shared word",
			putin("a", "denied", "harbouring plans to invade Ukraine"),
			pside{"b", "", "Russia", "denies", "harbouring plans to storm its neighbour", ind}, topic, true},
		{"seat of government", "the Kremlin stands for Russia",
			putin("a", "denied", "harbouring plans to invade Ukraine"),
			pside{"b", "", "the Kremlin", "denies", "harbouring plans to storm its neighbour", ind}, topic, true},
		{"minister and capital, other words", "a written pair: one Chinese denial in two outlets",
			pside{"a", "Chinese Commerce Minister", "Wang Wentao", "denied", "dumping subsidised steel in Europe", ind},
			pside{"b", "", "Beijing", "denies", "dumping cheap steel", ind}, nil, true},
		{"deploy forces / send troops", "corpus 002: one demand in two paragraphs, news synonyms folded",
			putin("a", "demanded", "NATO will not expand into Ukraine or send troops or weapons there"),
			putin("a", "demanded", "President Biden guarantee that NATO will not expand into Ukraine or deploy its forces there"), nil, true},
		{"only topic words shared", "corpus 002/003: denials sharing plans/Ukraine, common in the run, stay apart",
			putin("a", "denied", "harbouring plans to invade Ukraine"),
			pside{"b", "", "the Kremlin", "denies", "it has any plans to attack Ukraine", ind}, topic, false},
		{"generic cue", "said is no evidence of the same speech act",
			putin("a", "said", "harbouring plans to invade Ukraine"),
			pside{"b", "", "Russia", "said", "harbouring plans to storm its neighbour", ind}, topic, false},
		{"other cue", "denied and confirmed are different statements",
			putin("a", "denied", "harbouring plans to invade Ukraine"),
			pside{"b", "", "Russia", "confirmed", "harbouring plans to storm its neighbour", ind}, topic, false},
		{"other state", "the same words from Ukraine's side are not Russia's statement",
			putin("a", "denied", "harbouring plans to invade Ukraine"),
			pside{"b", "Ukrainian President", "Volodymyr Zelensky", "denied", "harbouring plans to storm its neighbour", ind}, topic, false},
		{"two officials of one state", "Putin and Lavrov are both Russian, not one speaker",
			putin("a", "denied", "harbouring plans to invade Ukraine"),
			pside{"b", "Russian Foreign Minister", "Sergei Lavrov", "denied", "harbouring plans to storm its neighbour", ind}, topic, false},
		{"verbatim on both sides", "two different direct quotes are not a paraphrase",
			pside{"a", "Russian President", "Vladimir Putin", "denied", "harbouring plans to invade Ukraine", quote.Partial},
			pside{"b", "", "Russia", "denied", "harbouring plans to storm its neighbour", quote.Partial}, topic, false},
		{"half the words differ", "one speaker's two denials share plans/Ukraine, under half of the longer one",
			putin("a", "denied", "harbouring plans to invade Ukraine"),
			putin("b", "denied", "plans to cut gas supplies through Ukraine to Europe"), nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := mustNew().Compare(pdocs(append([]pside{tc.a, tc.b}, tc.extra...)))
			cl := map[string]string{}
			for _, q := range rep.Quotes {
				cl[q.Text] = q.Cluster
			}
			got := cl[tc.a.text] == cl[tc.b.text]
			if got != tc.same {
				t.Errorf("%s\nsame cluster: (-want +got)\n-%v\n+%v", tc.reason, tc.same, got)
			}
		})
	}
}
