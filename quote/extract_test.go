package quote

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// render lists quotes as "kind:text" (with "~" for nested, "!" for
// unclosed and "^" for unopened quotes) so that a case reads like the sentence it tests.
func render(qs []Quote) []string {
	out := make([]string, 0, len(qs))
	for _, q := range qs {
		s := q.Kind.String() + ":" + q.Text
		if q.Depth > 0 {
			s = strings.Repeat("~", q.Depth) + s
		}
		if q.Unclosed {
			s += "!"
		}
		if q.Unopened {
			s += "^"
		}
		out = append(out, s)
	}
	return out
}

// diff returns "" when want and got are equal, else a -want +got list.
func diff(want, got []string) string {
	if fmt.Sprint(want) == fmt.Sprint(got) && len(want) == len(got) {
		return ""
	}
	var b strings.Builder
	for _, w := range want {
		fmt.Fprintf(&b, "-%q\n", w)
	}
	for _, g := range got {
		fmt.Fprintf(&b, "+%q\n", g)
	}
	return b.String()
}

func checkSpans(t *testing.T, src string, qs []Quote) {
	t.Helper()
	for _, q := range qs {
		if q.Start < 0 || q.End > len(src) || q.Start > q.End {
			t.Fatalf("span [%d:%d] out of bounds (len %d)", q.Start, q.End, len(src))
		}
		if src[q.Start:q.End] != q.Text {
			t.Errorf("text %q != src[%d:%d] %q", q.Text, q.Start, q.End, src[q.Start:q.End])
		}
	}
}

var extractTests = []struct {
	name   string
	reason string
	in     string
	want   []string
}{
	// Mark styles.
	{"curly double", "the commonest style in wire copy",
		"“We urge all parties to show restraint, refrain from escalating tensions and exacerbating the crisis,” Wang was quoted as saying by the Chinese Foreign Ministry.",
		[]string{"direct:We urge all parties to show restraint, refrain from escalating tensions and exacerbating the crisis"}},
	{"straight double", "scraped pages lose curly marks",
		`"The parties oppose the further expansion of NATO," the statement read.`,
		[]string{"direct:The parties oppose the further expansion of NATO"}},
	{"curly single headline", "British headlines quote with single marks",
		"US predicts Russia will ‘move in’ on Ukraine as UK and Canada send arms and special forces",
		[]string{"partial:move in"}},
	{"straight single headline", "the same headline with straight marks",
		"US predicts Russia will 'move in' on Ukraine as UK and Canada send arms",
		[]string{"partial:move in"}},
	{"guillemets", "French and Russian outlets",
		"Le ministre a déclaré : « Nous appelons toutes les parties à la retenue. »",
		[]string{"direct:Nous appelons toutes les parties à la retenue."}},
	{"reversed guillemets", "Danish and German print use »…«",
		"Der Minister sagte: »Wir rufen alle Seiten zur Zurückhaltung auf.«",
		[]string{"direct:Wir rufen alle Seiten zur Zurückhaltung auf."}},
	{"low-high German", "„…“ opens low and closes with a left mark",
		"Scholz sagte: „Wir stehen fest an der Seite der Ukraine.“ Dann ging er.",
		[]string{"direct:Wir stehen fest an der Seite der Ukraine."}},
	{"single guillemets", "‹…› nest inside «…»; 'the word' makes a term",
		"He said: « The word ‹restraint› comes up often. »",
		[]string{"direct:The word ‹restraint› comes up often.", "~term:restraint"}},
	{"corner brackets", "Chinese and Japanese outlets",
		"王毅说：「地区安全不能靠强化甚至扩张军事集团来保障。」",
		[]string{"direct:地区安全不能靠强化甚至扩张军事集团来保障。"}},
	{"white corner brackets nested", "『』 nest inside 「」; in a script without case only punctuation tells kinds",
		"外相は「首相は『遺憾だ』と述べた」と語った。",
		[]string{"partial:首相は『遺憾だ』と述べた", "~partial:遺憾だ"}},
	{"curly opened straight closed", "scraped news mixes marks",
		`“Our Chinese friends are paying close attention to the talks," Andrey Denisov said.`,
		[]string{"direct:Our Chinese friends are paying close attention to the talks"}},
	{"straight opened curly closed", "the other way round",
		`"There’s no need to hide any content or subjects in these diplomatic efforts.” he said.`,
		[]string{"direct:There’s no need to hide any content or subjects in these diplomatic efforts."}},
	{"Swedish right marks both ways", "”…” is correct Swedish and common mojibake",
		"Hon sa: ”Vi står enade med Ukraina.” Sedan gick hon.",
		[]string{"direct:Vi står enade med Ukraina."}},

	{"doubled apostrophes", "archive copy writes '' for a double quote",
		"''This isn't tax reform,'' said an economist who served in the administration.",
		[]string{"direct:This isn't tax reform"}},
	{"TeX style", "``…'' in copy converted from TeX or the Penn Treebank",
		"``We have admiration for the mechanics,'' the economist said.",
		[]string{"direct:We have admiration for the mechanics"}},
	{"doubled curly singles", "‘‘…’’ where a typesetter doubled single marks",
		"‘‘We urge restraint,’’ the minister said.",
		[]string{"direct:We urge restraint"}},
	{"markup attribute", "a quoted value after = in leftover markup is not speech",
		`<tweet pic="pic.twitter.com/x" author="carlquintanilla">`,
		[]string{"term:pic.twitter.com/x", "term:carlquintanilla"}},
	{"title with the reporter's comma", "mid-sentence, a quoted show name keeps a comma inside",
		"On this weekend’s broadcast of “Fox News Sunday,” the Republican nominee said the debate would go ahead.",
		[]string{"term:Fox News Sunday"}},
	{"lowercase direct after said", "a whole clause right after a speech verb is a direct quote",
		"Chinese state broadcaster CCTV reported that Xi said “both China and Russia need to carry out more joint actions.”",
		[]string{"direct:both China and Russia need to carry out more joint actions."}},

	// Apostrophes.
	{"possessives and contractions", "apostrophes inside words are not marks",
		"Blinken said Russia’s troops don’t need to be there and the people's patience is thin.",
		nil},
	{"apostrophes beside a single-quoted fragment", "the headline quote must still pair",
		"‘New shocks’: US hasn’t followed direction leaders discussed, China tells Blinken",
		[]string{"partial:New shocks"}},
	{"decade and elision", "'90s and rock 'n' roll are not quotes",
		"He grew up in the '90s on rock 'n' roll and said 'em all.",
		nil},
	{"plural possessive", "the leaders’ meeting: a closing-shaped apostrophe with nothing open",
		"The two leaders’ meeting was described as ‘productive’ by aides.",
		[]string{"partial:productive"}},
	{"plural possessive inside a quote", "’ after leaders must not close the double quote",
		"“The leaders’ meeting was productive,” an aide said.",
		[]string{"direct:The leaders’ meeting was productive"}},

	// Kinds.
	{"partial in reporter's sentence", "a fragment embedded after a possessive",
		"Chinese Foreign Minister Wang Yi today defended Russia’s “reasonable concerns” over its security.",
		[]string{"partial:reasonable concerns"}},
	{"partial after said that", "a full clause embedded after 'that' is still partial",
		"He further added that “Russia’s reasonable security concerns should be taken seriously and resolved.”",
		[]string{"partial:Russia’s reasonable security concerns should be taken seriously and resolved."}},
	{"term name", "a quoted name is not speech",
		"the Asia-Pacific “Quad” of Australia, India, Japan and the United States.",
		[]string{"term:Quad"}},
	{"term title", "a quoted title is not speech",
		"Poland | “Survival Guide” for Citizens in Case of Crises",
		[]string{"term:Survival Guide"}},
	{"term after so-called", "introducer words mark scare quotes",
		"He dismissed the so-called “peace dividend” as a myth.",
		[]string{"term:peace dividend"}},
	{"name given by a speaker", "a capitalised quote after 'called' is someone's words",
		"Clinton cited reports that Trump called the 1996 pageant winner “Miss Piggy” as an example.",
		[]string{"partial:Miss Piggy"}},
	{"name after a participle", "a noun phrase with an indefinite article before 'called' names a thing",
		"The company has a new rival called “Nimbus,” and others are coming.",
		[]string{"term:Nimbus"}},
	{"name a speaker gave, no object", "a subject before 'called' makes the quote someone's words",
		"It is what the senator called “Fake Outrage” in his speech.",
		[]string{"partial:Fake Outrage"}},
	{"short statement with cue", "“Yes,” is speech though short and capitalised",
		"“Absolutely,” she said when asked whether talks would resume.",
		[]string{"direct:Absolutely"}},
	{"direct after colon", "a colon introduces a full statement",
		"The statement was blunt: “The parties oppose the further expansion of NATO.”",
		[]string{"direct:The parties oppose the further expansion of NATO."}},
	{"direct after comma and cue", "X said, “Q”",
		"For his part, “Minister Blinken underlined the global risks,” said Ned Price.",
		[]string{"direct:Minister Blinken underlined the global risks"}},
	{"two parts of one statement", "“Q1,” X said. “Q2.”",
		"“Our Chinese friends are paying close attention to the talks,” Denisov said. “There’s no need to hide any content.”",
		[]string{"direct:Our Chinese friends are paying close attention to the talks", "direct:There’s no need to hide any content."}},

	// Structure.
	{"nested single in double", "a speaker quoting someone",
		"“They told us ‘the door is open’ and then closed it,” the diplomat said.",
		[]string{"direct:They told us ‘the door is open’ and then closed it", "~partial:the door is open"}},
	{"line break inside a quote", "hard-wrapped copy breaks lines inside quotes",
		"“We call on all parties to remain calm\nand refrain from doing things that stimulate tension,” the statement read.",
		[]string{"direct:We call on all parties to remain calm\nand refrain from doing things that stimulate tension"}},
	{"multi-paragraph quote", "the opening mark repeats at each paragraph and closes only at the end",
		"“The document we’ve delivered includes concerns of the United States.\n\n“It sets out our own proposals for areas where we may find common ground,” Blinken said.",
		[]string{"direct:The document we’ve delivered includes concerns of the United States.\n\n“It sets out our own proposals for areas where we may find common ground"}},
	{"unclosed quote stays in its paragraph", "a missing closing mark must not swallow the article",
		"“We urge all parties to show restraint, Wang said.\n\nWashington accuses Moscow of preparing to invade Ukraine. “Russia has denied it,” officials said.",
		[]string{"direct:We urge all parties to show restraint!", "direct:Russia has denied it"}},
	{"reopened before closing", "a second opening mark ends the unclosed first; the cue before it is the reporter's",
		"“We urge restraint, Wang said. “We call on all parties to remain calm,” the statement read.",
		[]string{"direct:We urge restraint!", "direct:We call on all parties to remain calm"}},
	{"curly inside straight", "a mark of another style nests rather than reopening",
		`"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.” But this is America, Chris," he said.`,
		[]string{"direct:PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.” But this is America, Chris", "~term:Shark Tank."}},
	{"stray closing mark", "a closing mark with nothing open is ignored",
		"The troops” remained near the border. “We are ready to talk,” he said.",
		[]string{"direct:We are ready to talk"}},
	{"one paragraph per line", "an unclosed quote ends at its line; the next line's quotes pair alone",
		"He said the “pair had expressed concern\nPutin told Xi about “mounting threats to Russia’s national interests,” Ushakov said.",
		[]string{"partial:pair had expressed concern!", "partial:mounting threats to Russia’s national interests"}},
	{"paragraph opened with a closing mark", "a typesetting slip: ” where “ belongs",
		"Obama said the words could lump the good with the bad.\n\n” … what I learned from listening to these families is that they do not want to be lumped together,” he said.",
		[]string{"direct:… what I learned from listening to these families is that they do not want to be lumped together"}},
	{"glued closing mark", "a lost paragraph break glues the next word to the closing mark",
		`The captain told the radio: "We never stopped believing."Fans poured into the square after the match.`,
		[]string{"direct:We never stopped believing."}},
	{"glued reopening marks", "a quote over paragraphs whose breaks were lost: a glued mark reopens while the next mark can close",
		`The captain told the radio: "We never stopped believing."What comes next is up to the coach."I love this team." The square emptied by midnight.`,
		[]string{`direct:We never stopped believing."What comes next is up to the coach."I love this team.`}},
	{"glued closing mark then a quoted fragment", "the next mark only opens, so the glued one closes",
		`The coach said: "We will see."Whether "the next tournament" suits him is open.`,
		[]string{"direct:We will see.", "partial:the next tournament"}},
	{"glued curly closing mark", "a closing shape after a sentence mark closes though a word follows it",
		"The coach said: “We will see.”Whether he stays is open. “Nobody knows,” an aide said.",
		[]string{"direct:We will see.", "direct:Nobody knows"}},
	{"glued closing mark across a wrapped quote", "the glued mark closes a quote with a line break in it",
		"He said: \"The final was chaos.\nNone of us planned for it, but here we are.\"Subscribe to our newsletter",
		[]string{"direct:The final was chaos.\nNone of us planned for it, but here we are."}},
	{"opening shape used as the closing mark", "the reporter's cue after it shows it closes",
		"“The roads are gone and the power is out “Amina Yusuf, a nurse in the town, said.\n“We need tents and water.” The rain began.",
		[]string{"direct:The roads are gone and the power is out", "direct:We need tents and water."}},
	{"opening shape with a pronoun cue", "the same slip before a short cue",
		"“We have waited two days for help “She stated.\nRescuers worked through the night.",
		[]string{"direct:We have waited two days for help"}},
	{"missing closing mark before the cue", "the cue ends the unclosed quote, and the next paragraph's mark starts a new quote",
		"\"Free trade is the engine of growth, the senator said.\n\n\"We will vote for it,\" she added.",
		[]string{"direct:Free trade is the engine of growth!", "direct:We will vote for it"}},
	{"first person after the comma", "the speaker's own words are no cue",
		"\"Free trade is the engine of growth, I promise you.\n\nThe vote is on Tuesday.",
		[]string{"direct:Free trade is the engine of growth, I promise you.!"}},
	{"missing opening mark", "a closing mark after a sentence ends a paragraph with no mark before it",
		"The mayor spoke after the count.\nThis is a great day for the whole city (and for us).”\n“We will build,” she said.",
		[]string{"direct:This is a great day for the whole city (and for us).^", "direct:We will build"}},
	{"missing opening mark after a cue colon", "the quote starts after the speech verb's colon",
		"After the count the mayor told reporters: This is a great day for the whole city.”\nThe count ended at ten.",
		[]string{"direct:This is a great day for the whole city.^"}},
	{"missing opening mark after a subject and a speech verb", "the quote starts after 'she added,'",
		"Turning to the budget she added, Our city will recover, and it will grow again.”\nThe count ended at ten.",
		[]string{"direct:Our city will recover, and it will grow again.^"}},
	{"missing opening mark after a comma with no cue", "a comma with no speech verb before it starts nothing",
		"The mayor, who spoke last, thanked the crews and the volunteers.”\nThe count ended at ten.",
		[]string{"direct:The mayor, who spoke last, thanked the crews and the volunteers.^"}},
	{"stray closing mark mid-paragraph", "no sentence mark before it, so it opens nothing",
		"The troops” stayed near the border for weeks.\nTalks resumed.",
		nil},
	{"unclosed quote and a reporter's paragraph", "a quote mark opening a later paragraph does not continue it over a paragraph without marks",
		"“We have done everything we could.\n\nThe striker, who plays in Paris, won the award. “It is crazy,” he added.\n\n“It is beautiful,” he said.",
		[]string{"direct:We have done everything we could.!", "direct:It is crazy", "direct:It is beautiful"}},
	{"apostrophe after a paragraph", "an apostrophe-shaped mark never closes a single quote from an earlier paragraph",
		"The board of D.C.’s lawyers met on Monday.\n\nThe Appeals’ board said nothing.",
		nil},
	{"empty quotes", "“” holds nothing to report",
		"He answered with “” and left.",
		nil},
	{"inch mark", "a straight double quote after a digit with nothing open is a unit",
		`The screen measures 13" across.`,
		nil},
}

func TestExtract(t *testing.T) {
	for _, tt := range extractTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract([]byte(tt.in))
			checkSpans(t, tt.in, got)
			if d := diff(tt.want, render(got)); d != "" {
				t.Errorf("%s\n%s(-want +got):\n%s", tt.reason, tt.in, d)
			}
		})
	}
}

func TestExtractOffsetsWithBadBytes(t *testing.T) {
	// Invalid UTF-8 and NUL bytes before and inside a quote keep their
	// byte positions.
	src := "\xff\x00Wang said: “security \xfe\x00 concerns” today."
	qs := Extract([]byte(src))
	checkSpans(t, src, qs)
	if len(qs) != 1 || qs[0].Text != "security \xfe\x00 concerns" {
		t.Fatalf("got %q", render(qs))
	}
	if want := strings.Index(src, "security"); qs[0].Start != want {
		t.Errorf("Start = %d, want %d", qs[0].Start, want)
	}
}

func TestExtractTrailingPunctuation(t *testing.T) {
	// A comma inside the marks goes, a period stays: see Quote.
	for in, want := range map[string]string{
		"“We are ready,” he said.":     "We are ready",
		"He said: “We are ready.”":     "We are ready.",
		"“Are we ready?” he asked.":    "Are we ready?",
		"He spoke of “limits;” others": "limits",
	} {
		qs := Extract([]byte(in))
		if len(qs) != 1 || qs[0].Text != want {
			t.Errorf("%s: got %q, want %q", in, render(qs), want)
		}
	}
}

func TestMarksAccountForEveryMark(t *testing.T) {
	src := "Russia’s “reasonable concerns”, the ‘Quad’ and a stray ” mark, rock 'n' roll."
	marks := new(Extractor).Marks([]byte(src))
	var got []string
	for _, m := range marks {
		got = append(got, string(m.Rune)+"="+m.Role.String())
	}
	want := []string{"’=apostrophe", "“=opening", "”=closing", "‘=opening", "’=closing", "”=stray", "'=apostrophe", "'=apostrophe"}
	if d := diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	mp := new(Extractor).Marks([]byte("“One.\n\n“Two.”"))
	if len(mp) != 3 || mp[1].Role != Continuation {
		t.Errorf("continuation mark: got %+v", mp)
	}
}

func TestOptions(t *testing.T) {
	src := []byte("“a ‘b “c ‘d’ e” f’ g”")
	if got := len(mustNew(MaxDepth(2)).Extract(src)); got != 2 {
		t.Errorf("MaxDepth(2): %d quotes, want 2", got)
	}
	if got := len(new(Extractor).Extract(src)); got != 4 {
		t.Errorf("default depth: %d quotes, want 4", got)
	}
	// Three lines, each its own paragraph: the breaks are not soft.
	wrapped := []byte("“One\nTwo\nThree,” he said.")
	if qs := mustNew(MaxSoftLines(1)).Extract(wrapped); len(qs) != 1 || !qs[0].Unclosed {
		t.Errorf("MaxSoftLines(1): got %q, want one unclosed quote", render(qs))
	}
	if qs := new(Extractor).Extract(wrapped); len(qs) != 1 || qs[0].Unclosed {
		t.Errorf("default: got %q", render(qs))
	}
}

func TestKindText(t *testing.T) {
	for _, k := range []Kind{Direct, Partial, Indirect, Term} {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("round trip %v: %v %v", k, back, err)
		}
	}
	if _, err := ParseKind("quote"); err == nil {
		t.Error("ParseKind accepted an unknown kind")
	}
	if _, err := Kind(0).MarshalText(); err == nil {
		t.Error("the zero Kind marshalled")
	}
}

// mustNew is New for options a test knows are in range.
func mustNew(opts ...Option) *Extractor {
	e, err := New(opts...)
	if err != nil {
		panic(err)
	}
	return e
}

func TestNewChecksOptions(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Option
		ok   bool
	}{
		{"depth 1 is the least", MaxDepth(1), true},
		{"no nesting at all is no quote", MaxDepth(0), false},
		{"no soft line is allowed", MaxSoftLines(0), true},
		{"negative soft lines", MaxSoftLines(-1), false},
	} {
		e, err := New(tc.opt)
		if tc.ok {
			assert.NoError(t, err, tc.name)
			assert.NotNil(t, e, tc.name)
			continue
		}
		assert.ErrorIs(t, err, ErrBadOption, tc.name)
	}
}

// TestNegated: a partial quote the reporter negates just before its
// mark is Negated; a negation of another verb, or of the saying, is not.
func TestNegated(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"The board dismissed her for not being “fully transparent” with its members.", true},
		{"The minister said the plan was not “a retreat” from the treaty.", true},
		{"Aides insisted the senator wasn’t “ready to quit” the race.", true},
		{"She urged voters not to “give up on the city” this year.", true},
		{"He has never been “a party man” at heart.", true},
		{"The mayor called the plan “a retreat” from the treaty.", false},
		{"Critics recalled remarks about people he doesn’t like as “lazy and dishonest” people.", false},
		{"The governor never said it was “a retreat” from the treaty.", false},
		{"The clinic is not open yet, but “getting closer” every week.", false},
	}
	for _, tt := range tests {
		qs := Extract([]byte(tt.src))
		require.Len(t, qs, 1, tt.src)
		require.Equal(t, Partial, qs[0].Kind, tt.src)
		assert.Equal(t, tt.want, qs[0].Negated, tt.src)
	}
}
