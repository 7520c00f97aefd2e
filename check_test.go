package verbatim

import (
	"testing"

	"github.com/verbatim-nlp/verbatim/compare"
)

// A state and the minister who speaks for it are one side of a
// statement, not two speakers in conflict; another state is not.
func TestCheckStateAndItsMinister(t *testing.T) {
	wang := Document{Name: "a.txt", Text: []byte("Chinese Foreign Minister Wang Yi spoke with Antony Blinken on Thursday.\n\n" +
		"“We urge all parties to show restraint, refrain from escalating tensions and exacerbating the crisis,” Wang was quoted as saying by the Chinese Foreign Ministry.\n")}
	statement := func(name, owner string) Document {
		return Document{Name: name, Text: []byte(owner + " statement following the phone call was released on Thursday.\n\n" +
			"“We urge all parties to show restraint, refrain from escalating tensions and exacerbating the crisis,” the statement read.\n")}
	}
	tests := []struct {
		name     string
		other    Document
		conflict bool
	}{
		{"his state's statement", statement("b.txt", "Beijing’s"), false},
		{"another state's statement", statement("c.txt", "Moscow’s"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := Check([]Document{wang, tt.other})
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, f := range rep.Flags {
				got = got || f.Kind == compare.SpeakerConflict
			}
			if got != tt.conflict {
				t.Errorf("speaker-conflict flag: got %v, want %v; flags: %+v", got, tt.conflict, rep.Flags)
			}
		})
	}
}

// In the corpus, 001 credits “We call on all parties…” to Beijing’s
// statement (China speaking) and 000 the same statement to Wang Yi,
// “Chinese Foreign Minister”: no conflict. Xi Jinping, “Chinese
// President”, and China likewise.
func TestCheckCorpusStateCredits(t *testing.T) {
	docs, err := Load("testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Check(docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Flags {
		if f.Kind != compare.SpeakerConflict {
			continue
		}
		for _, v := range f.Values {
			if v == "China" || v == "Russia" {
				t.Errorf("a state conflicts with the person who speaks for it: %s %q", f.Subject, f.Values)
			}
		}
	}
}
