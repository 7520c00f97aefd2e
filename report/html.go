package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/compare"
	"github.com/verbatim-nlp/verbatim/quote"
)

type config struct {
	title string
	text  func(doc string) []byte
}

// An Option configures HTML.
type Option func(*config)

// WithTitle sets the page's title (default "Verbatim report").
func WithTitle(t string) Option { return func(c *config) { c.title = t } }

// WithText gives HTML each article's text by document name (the
// DocSummary's Doc), so that the page shows every quote, name and
// title a flag points to inside its sentence. text returns nil for a
// document it does not have; without WithText the page shows the
// quoted words alone.
func WithText(text func(doc string) []byte) Option { return func(c *config) { c.text = text } }

// Lists longer than these are collapsed under a <details> element.
const (
	openFlags      = 6  // flags of one kind and severity shown open
	openVersions   = 4  // versions shown in a flag or statement card
	openStatements = 12 // statement cards shown before "show more"
	openRows       = 12 // rows of the articles and speakers tables
)

// HTML writes rep as one self-contained HTML page: inline CSS, no
// scripts, nothing fetched. It opens with a summary (articles,
// statements, speakers, and flags by kind and severity, each linking
// to its section); then the flags, most severe first, grouped by
// severity and kind, each showing the versions it compares (outlet,
// speaker, title, the words that differ marked, the sentence around
// them when WithText gives the articles); then every statement quoted
// by more than one article, its versions side by side; then the
// articles and speakers. Documents are named as Labels names them;
// file names and byte offsets show on hover and in each flag's
// "where" row. Long lists are collapsed. The page works with the
// keyboard alone and at phone width. Every value is escaped by
// html/template. The same report gives the same bytes.
func HTML(w io.Writer, rep *compare.Report, opts ...Option) error {
	c := config{title: "Verbatim report"}
	for _, o := range opts {
		o(&c)
	}
	return pageTmpl.Execute(w, buildPage(rep, c))
}

type page struct {
	Title                          string
	Docs, Quotes, Speakers         int
	Clusters, Multi, Flags         int
	Kinds                          []kindRow
	SevTotals                      []cell
	Severities                     []sevGroup
	Statements, MoreStatements     []clusterView
	Documents, MoreDocuments       []docView
	People, MorePeople             []personView
	HasText, HasWording, HasDiffed bool
}

// kindRow is one row of the summary table: a kind's flags by severity.
type kindRow struct {
	Label, Anchor string
	Cells         []cell
	Total         int
}

type cell struct {
	Severity compare.Severity
	N        int
	Anchor   string
}

type sevGroup struct {
	Severity      compare.Severity
	ID, Name, Say string
	N             int
	Kinds         []kindGroup
}

type kindGroup struct {
	ID, Label, About string
	Open             bool
	Flags            []flagView
}

type flagView struct {
	ID, Kind, Subject, FullSubject, Message string
	N                                       int // the flag's number, from 1 in rep.Flags' order
	Severity                                compare.Severity
	Values                                  []string
	ValueDocs                               []valueDocs // a title conflict's titles and who gives them
	Versions, More                          []versionView
	Wording                                 bool // two versions, their own words marked
	LabelA, LabelB                          string
	Where                                   []string
	Omitted                                 int
	Anchor                                  string
}

// versionView is one rendering of a statement, or one place a flag
// points to, with what the page knows about it.
type versionView struct {
	context                      bool // Before and After were looked for
	Label, Where, URL, Published string
	Who, Title, Via, Kind, Cue   string
	Before, After                string
	Text                         []chunkView
	Whole                        []chunkView // the whole text when Text is cut (shorten)
	Marks, Reference             bool        // Marks: put quote marks around Text
}

// chunkView is a run of words; Mark is "", "a" or "b" (the words only
// in one side of a flag), "hit" (what the flag points to), or "del" /
// "ins" (against a statement's most common wording).
type chunkView struct{ Mark, Text string }

type clusterView struct {
	ID, Speaker    string
	Docs           int
	Flags          []flagLink
	Versions, More []versionView
}

// valueDocs is one value of a flag and the articles that give it.
type valueDocs struct {
	Value string
	Docs  []string // labels
	More  int      // articles left out of Docs (Speaker.TitleDocsOmitted)
}

type flagLink struct {
	Kind, ID string
	N        int // the flag's number on the page
}

type docView struct {
	compare.DocSummary
	Label string
}

type personView struct {
	compare.Speaker
	Titles string
}

// kindNames are the heading, the name of one flag and a gloss of each
// flag kind; other kinds show as they are.
var kindNames = map[string][3]string{
	compare.VariantWording:  {"Variant wording", "Variant wording", "articles quote one statement in different words"},
	compare.Truncated:       {"Truncated quotes", "Truncated quote", "one article quotes only part of what another quotes"},
	compare.SpeakerConflict: {"Speaker conflicts", "Speaker conflict", "one statement credited to different people"},
	compare.TitleConflict:   {"Title conflicts", "Title conflict", "a title the other articles give someone else"},
	compare.NameVariant:     {"Name variants", "Name variant", "one name spelled in different ways"},
	"archive-speaker":       {"Archive: speaker", "Archive: speaker", "credited to someone the archive never credits it to"},
	"archive-title":         {"Archive: title", "Archive: title", "a title the archive never gives this person"},
}

// kindLabel is the heading of a kind's flags.
func kindLabel(k string) string {
	if n, ok := kindNames[k]; ok {
		return n[0]
	}
	return k
}

// kindName is the name of one flag of a kind.
func kindName(k string) string {
	if n, ok := kindNames[k]; ok {
		return n[1]
	}
	return k
}

var sevNames = map[compare.Severity][2]string{
	compare.High:   {"High", "the sense may differ: a negation, a number, another speaker"},
	compare.Medium: {"Medium", "much is left out or reworded"},
	compare.Low:    {"Low", "a small difference worth a look"},
}

func buildPage(rep *compare.Report, c config) *page {
	p := &page{Title: c.title, Docs: len(rep.Documents), Speakers: len(rep.Speakers), Clusters: len(rep.Clusters), Flags: len(rep.Flags)}
	b := builder{rep: rep, labels: Labels(rep), text: c.text, docs: map[string]*compare.DocSummary{}}
	for i := range rep.Documents {
		d := &rep.Documents[i]
		b.docs[d.Doc] = d
		p.Quotes += d.Quotes
		v := docView{DocSummary: *d, Label: b.labels[d.Doc]}
		v.URL = webURL(v.URL)
		if i < openRows || len(rep.Documents) <= openRows+2 {
			p.Documents = append(p.Documents, v)
		} else {
			p.MoreDocuments = append(p.MoreDocuments, v)
		}
	}
	// Paths in messages become labels, longest first so that one path
	// inside another is not half replaced.
	names := make([]string, 0, len(rep.Documents))
	for _, d := range rep.Documents {
		if d.Doc != "" {
			names = append(names, d.Doc)
		}
	}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	pairs := make([]string, 0, 2*len(names))
	for _, n := range names {
		pairs = append(pairs, n, b.labels[n])
	}
	b.paths = strings.NewReplacer(pairs...)
	b.indexQuotes()
	p.HasText = c.text != nil

	// Statements: flagged ones first, then by how many articles quote them.
	flagsOn := map[string][]flagLink{}
	for i, f := range rep.Flags {
		if f.Cluster != "" {
			flagsOn[f.Cluster] = append(flagsOn[f.Cluster], flagLink{kindName(f.Kind), flagID(i), i + 1})
		}
	}
	shown := map[string]bool{}
	var stmts []clusterView
	for _, cl := range rep.Clusters {
		if cl.Docs > 1 {
			p.Multi++
		}
		if cl.Docs < 2 && len(flagsOn[cl.ID]) == 0 {
			continue
		}
		shown[cl.ID] = true
		stmts = append(stmts, b.cluster(cl, flagsOn[cl.ID]))
	}
	sort.SliceStable(stmts, func(i, j int) bool {
		if fi, fj := len(stmts[i].Flags) > 0, len(stmts[j].Flags) > 0; fi != fj {
			return fi
		}
		return stmts[i].Docs > stmts[j].Docs
	})
	for i, s := range stmts {
		if anyDiff(s.Versions) || anyDiff(s.More) {
			p.HasDiffed = true
		}
		if i < openStatements || len(stmts) <= openStatements+2 {
			p.Statements = append(p.Statements, s)
		} else {
			p.MoreStatements = append(p.MoreStatements, s)
		}
	}

	// Flags by severity, then kind, most severe first; rep.Flags is in
	// that order already (compare.SortFlags), the stable sort keeps it
	// for flags added after it.
	order := make([]int, len(rep.Flags))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		return rep.Flags[order[i]].Severity.Rank() < rep.Flags[order[j]].Severity.Rank()
	})
	sevs := []compare.Severity{compare.High, compare.Medium, compare.Low}
	kindAt := map[string]int{}
	for _, i := range order {
		f := rep.Flags[i]
		sev := f.Severity
		if sev.Rank() > 2 {
			sev = ""
		}
		if len(p.Severities) == 0 || p.Severities[len(p.Severities)-1].Severity != sev {
			g := sevGroup{Severity: sev, ID: "flags-" + slug(string(sev)), Name: "Other", Say: "no severity given"}
			if n, ok := sevNames[sev]; ok {
				g.Name, g.Say = n[0], n[1]
			}
			if sev == "" {
				g.ID = "flags-other"
			}
			p.Severities = append(p.Severities, g)
		}
		g := &p.Severities[len(p.Severities)-1]
		g.N++
		if len(g.Kinds) == 0 || g.Kinds[len(g.Kinds)-1].Label != kindLabel(f.Kind) {
			about := ""
			if n, ok := kindNames[f.Kind]; ok {
				about = n[2]
			}
			g.Kinds = append(g.Kinds, kindGroup{ID: g.ID + "-" + slug(f.Kind), Label: kindLabel(f.Kind), About: about})
		}
		k := &g.Kinds[len(g.Kinds)-1]
		fv := b.flag(i, f)
		if shown[f.Cluster] {
			fv.Anchor = slug(f.Cluster)
		}
		if fv.Wording {
			p.HasWording = true
		}
		k.Flags = append(k.Flags, fv)

		// The summary table.
		at, ok := kindAt[f.Kind]
		if !ok {
			at = len(p.Kinds)
			kindAt[f.Kind] = at
			row := kindRow{Label: kindLabel(f.Kind), Anchor: k.ID}
			for _, s := range sevs {
				row.Cells = append(row.Cells, cell{Severity: s})
			}
			p.Kinds = append(p.Kinds, row)
		}
		row := &p.Kinds[at]
		row.Total++
		for j, s := range sevs {
			if s == sev {
				row.Cells[j].N++
				if row.Cells[j].Anchor == "" {
					row.Cells[j].Anchor = k.ID
				}
			}
		}
	}
	for _, s := range sevs {
		t := cell{Severity: s}
		for _, g := range p.Severities {
			if g.Severity == s {
				t.N, t.Anchor = g.N, g.ID
			}
		}
		p.SevTotals = append(p.SevTotals, t)
	}
	for gi := range p.Severities {
		for ki := range p.Severities[gi].Kinds {
			k := &p.Severities[gi].Kinds[ki]
			k.Open = p.Severities[gi].Severity != compare.Low || len(k.Flags) <= openFlags
		}
	}

	for i, s := range rep.Speakers {
		titles := make([]string, 0, len(s.Titles))
		for t := range s.Titles {
			titles = append(titles, t)
		}
		sort.Slice(titles, func(i, j int) bool {
			if s.Titles[titles[i]] != s.Titles[titles[j]] {
				return s.Titles[titles[i]] > s.Titles[titles[j]]
			}
			return titles[i] < titles[j]
		})
		for j, t := range titles {
			titles[j] = fmt.Sprintf("%s (%d)", t, s.Titles[t])
		}
		v := personView{Speaker: s, Titles: strings.Join(titles, "; ")}
		if i < openRows || len(rep.Speakers) <= openRows+2 {
			p.People = append(p.People, v)
		} else {
			p.MorePeople = append(p.MorePeople, v)
		}
	}
	return p
}

func anyDiff(vs []versionView) bool {
	for _, v := range vs {
		for _, c := range v.Text {
			if c.Mark == "del" || c.Mark == "ins" {
				return true
			}
		}
	}
	return false
}

type span struct {
	doc        string
	start, end int
}

type builder struct {
	rep      *compare.Report
	labels   map[string]string
	docs     map[string]*compare.DocSummary
	text     func(doc string) []byte
	paths    *strings.Replacer
	bySpan   map[span]*compare.QuoteEntry // a quote by its span
	byMentin map[span]*compare.QuoteEntry // a quote by its speaker mention
}

func (b *builder) indexQuotes() {
	b.bySpan = make(map[span]*compare.QuoteEntry, len(b.rep.Quotes))
	b.byMentin = make(map[span]*compare.QuoteEntry, len(b.rep.Quotes))
	for i := range b.rep.Quotes {
		q := &b.rep.Quotes[i]
		if q.Quote == nil {
			continue
		}
		if k := (span{q.Doc, q.Start, q.End}); b.bySpan[k] == nil {
			b.bySpan[k] = q
		}
		if m := q.Mention; m.End > m.Start {
			if k := (span{q.Doc, m.Start, m.End}); b.byMentin[k] == nil {
				b.byMentin[k] = q
			}
		}
	}
}

// where is a document's place for a tooltip: its file and byte span.
func (b *builder) where(doc string, start, end int) string {
	return fmt.Sprintf("%s, bytes %d–%d", doc, start, end)
}

// version fills the parts of a version every kind shares: the label,
// date, link and the sentence around [start, end).
func (b *builder) version(doc string, start, end int) versionView {
	v := versionView{Label: b.labels[doc], Where: b.where(doc, start, end)}
	if v.Label == "" {
		v.Label = fileLabel(doc, 0)
	}
	if d := b.docs[doc]; d != nil {
		v.URL, v.Published = webURL(d.URL), d.Published
		if d.Headline != "" {
			v.Where = d.Headline + " — " + v.Where
		}
	}
	if b.text != nil {
		if t := b.text(doc); t != nil {
			v.Before, v.After = sentence(t, start, end)
			v.context = true
		}
	}
	return v
}

// words are the words of the text at e's span, which a title's
// evidence may hold more of than its Text; else e.Text.
func (b *builder) words(e compare.Evidence) string {
	if b.text != nil {
		if t := b.text(e.Doc); e.Start >= 0 && e.Start < e.End && e.End <= len(t) {
			if w := strings.TrimSpace(squeeze(string(t[e.Start:e.End]))); w != "" {
				return w
			}
		}
	}
	return e.Text
}

// quoteVersion is v filled with what quote q says of its speaker.
func quoteVersion(v versionView, q *compare.QuoteEntry) versionView {
	v.Who = q.SpeakerName
	if v.Who == "" {
		v.Who = q.Speaker
	}
	v.Title, v.Via, v.Kind, v.Cue = q.Title, q.Via, q.Kind.String(), q.Cue.Text
	v.Marks = !v.context && q.Kind != quote.Indirect
	return v
}

func (b *builder) cluster(cl compare.Cluster, flags []flagLink) clusterView {
	cv := clusterView{ID: slug(cl.ID), Speaker: cl.Speaker, Docs: cl.Docs, Flags: flags}
	var vs []versionView
	ref := -1
	for _, id := range cl.Quotes {
		q, ok := b.rep.Quote(id)
		if !ok || q.Quote == nil {
			continue
		}
		v := quoteVersion(b.version(q.Doc, q.Start, q.End), q)
		v.Text = []chunkView{{Text: q.Text}}
		if ref < 0 && q.Text == cl.Text {
			ref = len(vs)
			v.Reference = true
		}
		vs = append(vs, v)
	}
	if ref > 0 { // the reference rendering leads
		r := vs[ref]
		copy(vs[1:ref+1], vs[:ref])
		vs[0] = r
	}
	if ref >= 0 {
		for i := 1; i < len(vs); i++ {
			if t := vs[i].Text[0].Text; t != cl.Text {
				vs[i].Text = marked(WordDiff(cl.Text, t), "del", "ins")
			}
		}
	}
	for i := range vs {
		shorten(&vs[i])
	}
	cv.Versions, cv.More = split(vs, openVersions)
	return cv
}

// marked turns a diff into chunks, marking deletions and insertions
// with del and ins ("" leaves them out).
func marked(diff []Chunk, del, ins string) []chunkView {
	out := make([]chunkView, 0, len(diff))
	for _, c := range diff {
		switch c.Op {
		case Delete:
			if del != "" {
				out = append(out, chunkView{del, c.Text})
			}
		case Insert:
			if ins != "" {
				out = append(out, chunkView{ins, c.Text})
			}
		default:
			out = append(out, chunkView{"", c.Text})
		}
	}
	return out
}

// maxShown is the length over which an unmarked quote is shown cut,
// with the whole of it one click away: a transcript quoted at length
// would push every other version off the screen.
const maxShown = 600

// shorten cuts a long unmarked text to its first words and keeps the
// whole in Whole.
func shorten(v *versionView) {
	if len(v.Text) != 1 || len(v.Text[0].Text) <= maxShown {
		return
	}
	v.Whole = v.Text
	v.Text = []chunkView{{v.Whole[0].Mark, clip(v.Whole[0].Text, maxShown*2/3)}}
}

func split(vs []versionView, n int) (open, more []versionView) {
	if len(vs) <= n+1 {
		return vs, nil
	}
	return vs[:n], vs[n:]
}

func (b *builder) flag(i int, f compare.Flag) flagView {
	fv := flagView{ID: flagID(i), N: i + 1, Kind: kindName(f.Kind), Severity: f.Severity, FullSubject: f.Subject,
		Subject: clip(f.Subject, 140), Message: b.paths.Replace(f.Message), Omitted: f.Omitted}
	var vs []versionView
	shown := map[span]bool{} // quotes shown for a mention
	for _, e := range f.Evidence {
		v := b.version(e.Doc, e.Start, e.End)
		fv.Where = append(fv.Where, v.Label+": "+b.where(e.Doc, e.Start, e.End))
		switch q := b.bySpan[span{e.Doc, e.Start, e.End}]; {
		case q != nil:
			v = quoteVersion(v, q)
			v.Text = []chunkView{{Text: q.Text}}
		case f.Cluster != "" && b.byMentin[span{e.Doc, e.Start, e.End}] != nil:
			// A statement's flag points to who is credited: show the
			// quote.
			q := b.byMentin[span{e.Doc, e.Start, e.End}]
			if k := (span{q.Doc, q.Start, q.End}); shown[k] {
				continue
			} else {
				shown[k] = true
			}
			qv := quoteVersion(b.version(e.Doc, q.Start, q.End), q)
			qv.Text = []chunkView{{Text: q.Text}}
			if e.Text != "" && !strings.EqualFold(e.Text, qv.Who) {
				qv.Who += " (named as “" + e.Text + "”)"
			}
			v = qv
		default:
			if w := b.words(e); w != "" {
				v.Text = []chunkView{{Mark: "hit", Text: w}}
			}
		}
		if v.Who == "" {
			v.Who = e.Speaker
		}
		vs = append(vs, v)
	}
	wording := f.Kind == compare.VariantWording || f.Kind == compare.Truncated
	if wording && len(vs) >= 2 && len(f.Evidence) >= 2 {
		a, c := evText(f, 0), evText(f, 1)
		// Each side shows its own words, those the other lacks marked.
		vs[0].Text = marked(WordDiff(c, a), "", "a")
		vs[1].Text = marked(WordDiff(a, c), "", "b")
		fv.Wording = true
		fv.LabelA, fv.LabelB = vs[0].Label, vs[1].Label
	} else if !wording || len(vs) == 0 {
		fv.Values = f.Values
	}
	if f.Kind == compare.TitleConflict {
		fv.ValueDocs = b.titleDocs(f)
	}
	for i := range vs {
		shorten(&vs[i])
	}
	fv.Versions, fv.More = split(vs, openVersions)
	return fv
}

// titleDocs lists, for each title a title conflict compares, the
// articles that give it to the flag's subject.
func (b *builder) titleDocs(f compare.Flag) []valueDocs {
	s, ok := b.rep.SpeakerNamed(f.Subject)
	if !ok {
		return nil
	}
	var out []valueDocs
	for _, v := range f.Values {
		docs := s.TitleDocs[v]
		if len(docs) == 0 {
			continue
		}
		vd := valueDocs{Value: v, More: s.TitleDocsOmitted[v]}
		for _, d := range docs {
			l := b.labels[d]
			if l == "" {
				l = fileLabel(d, 0)
			}
			vd.Docs = append(vd.Docs, l)
		}
		out = append(out, vd)
	}
	return out
}

// evText is the text of evidence i of a wording flag, else its value.
func evText(f compare.Flag, i int) string {
	if t := f.Evidence[i].Text; t != "" {
		return t
	}
	if i < len(f.Values) {
		return f.Values[i]
	}
	return ""
}

// webURL returns u if it is an http or https URL, else "": any other
// scheme (javascript:, data:) is no link to an article.
func webURL(u string) string {
	l := strings.ToLower(strings.TrimSpace(u))
	if strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") {
		return u
	}
	return ""
}

func flagID(i int) string { return "flag-" + strconv.Itoa(i+1) }

// clip shortens s to about n bytes at a word, with "…".
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// slug makes s safe as an element id: letters, digits and -.
func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}

//go:embed page.tmpl
var pageHTML string

var pageTmpl = template.Must(template.New("page").Parse(pageHTML))
