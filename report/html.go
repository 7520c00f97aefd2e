package report

import (
	"html/template"
	"io"
	"path"
	"sort"
	"strings"

	"github.com/verbatim-nlp/verbatim/compare"
)

type config struct {
	title string
}

// An Option configures HTML.
type Option func(*config)

// WithTitle sets the page's title (default "Verbatim report").
func WithTitle(t string) Option { return func(c *config) { c.title = t } }

// HTML writes rep as one self-contained HTML page: inline CSS, no
// scripts, nothing fetched. The flags come first, most severe first;
// then every statement quoted by more than one document, its versions
// side by side with the words that differ from the most common
// rendering marked; then the documents and speakers. Every value is
// escaped by html/template. The same report gives the same bytes.
func HTML(w io.Writer, rep *compare.Report, opts ...Option) error {
	c := config{title: "Verbatim report"}
	for _, o := range opts {
		o(&c)
	}
	return pageTmpl.Execute(w, buildPage(rep, c))
}

type page struct {
	Title                                   string
	Docs, Quotes, Speakers, Clusters, Multi int
	Flags                                   []flagView
	Statements                              []clusterView
	Documents                               []compare.DocSummary
	People                                  []personView
}

type flagView struct {
	compare.Flag
	Diff     []Chunk // between the first two values, for wording flags
	Evidence []evidenceView
	Anchor   string // the cluster's id when the page shows it
}

type evidenceView struct {
	compare.Evidence
	Short, Outlet string
}

type clusterView struct {
	compare.Cluster
	Flags    []string // kinds of the flags raised on it
	Versions []versionView
}

type versionView struct {
	*compare.QuoteEntry
	Short, Outlet, URL, Published, Who string
	Reference                          bool
	Diff                               []Chunk
}

type personView struct {
	compare.Speaker
	Titles string
}

func buildPage(rep *compare.Report, c config) *page {
	p := &page{Title: c.title, Docs: len(rep.Documents), Speakers: len(rep.Speakers), Clusters: len(rep.Clusters), Documents: rep.Documents}
	docs := make(map[string]*compare.DocSummary, len(rep.Documents))
	for i := range rep.Documents {
		d := &rep.Documents[i]
		docs[d.Doc] = d
		p.Quotes += d.Quotes
	}
	outlet := func(doc string) string {
		if d := docs[doc]; d != nil {
			return d.Outlet
		}
		return ""
	}
	flagsOn := map[string][]string{}
	for _, f := range rep.Flags {
		if f.Cluster != "" {
			flagsOn[f.Cluster] = append(flagsOn[f.Cluster], f.Kind)
		}
	}

	shown := map[string]bool{}
	for _, cl := range rep.Clusters {
		if cl.Docs < 2 && len(flagsOn[cl.ID]) == 0 {
			continue
		}
		shown[cl.ID] = true
		cv := clusterView{Cluster: cl, Flags: flagsOn[cl.ID]}
		ref := -1
		for _, id := range cl.Quotes {
			q, ok := rep.Quote(id)
			if !ok {
				continue
			}
			v := versionView{QuoteEntry: q, Short: short(q.Doc), Outlet: outlet(q.Doc), Who: who(q)}
			if d := docs[q.Doc]; d != nil {
				v.URL, v.Published = d.URL, d.Published
			}
			if ref < 0 && q.Text == cl.Text {
				ref = len(cv.Versions)
				v.Reference = true
			}
			cv.Versions = append(cv.Versions, v)
		}
		if ref > 0 { // the reference rendering leads
			r := cv.Versions[ref]
			copy(cv.Versions[1:ref+1], cv.Versions[:ref])
			cv.Versions[0] = r
		}
		for i := range cv.Versions {
			if ref >= 0 && i > 0 && cv.Versions[i].Text != cl.Text {
				cv.Versions[i].Diff = WordDiff(cl.Text, cv.Versions[i].Text)
			}
		}
		p.Statements = append(p.Statements, cv)
	}
	for _, cl := range rep.Clusters {
		if cl.Docs > 1 {
			p.Multi++
		}
	}

	for _, f := range rep.Flags {
		fv := flagView{Flag: f}
		if shown[f.Cluster] {
			fv.Anchor = f.Cluster
		}
		if len(f.Values) >= 2 && (f.Kind == compare.VariantWording || f.Kind == compare.Truncated) {
			fv.Diff = WordDiff(f.Values[0], f.Values[1])
		}
		for _, e := range f.Evidence {
			fv.Evidence = append(fv.Evidence, evidenceView{Evidence: e, Short: short(e.Doc), Outlet: outlet(e.Doc)})
		}
		p.Flags = append(p.Flags, fv)
	}
	// rep.Flags is sorted most severe first (compare.SortFlags); the
	// stable sort keeps that order for flags added after it.
	sort.SliceStable(p.Flags, func(i, j int) bool {
		return p.Flags[i].Severity.Rank() < p.Flags[j].Severity.Rank()
	})

	for _, s := range rep.Speakers {
		titles := make([]string, 0, len(s.Titles))
		for t := range s.Titles {
			titles = append(titles, t)
		}
		sort.Strings(titles)
		p.People = append(p.People, personView{Speaker: s, Titles: strings.Join(titles, "; ")})
	}
	return p
}

// short is a document's file name without its folders, for display;
// the full name is kept in a tooltip.
func short(doc string) string {
	if doc == "" {
		return doc
	}
	return path.Base(strings.ReplaceAll(doc, "\\", "/"))
}

func who(q *compare.QuoteEntry) string {
	switch {
	case q.SpeakerName != "":
		return q.SpeakerName
	case q.Speaker != "":
		return q.Speaker
	}
	return "unattributed"
}

var pageTmpl = template.Must(template.New("page").Funcs(template.FuncMap{
	"ins": func(op Op) bool { return op == Insert },
	"del": func(op Op) bool { return op == Delete },
}).Parse(pageHTML))

const pageHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
:root { --ink:#1d232b; --muted:#5f6b7a; --line:#dde3ea; --bg:#f6f8fa; --high:#b42318; --medium:#b54708; --low:#1f5f9e; }
* { box-sizing:border-box; }
body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif; color:var(--ink); background:var(--bg); }
header { background:#17202b; color:#fff; padding:20px 32px; }
header h1 { margin:0 0 4px; font-size:22px; font-weight:650; }
header p { margin:0; color:#c3ccd7; }
main { max-width:1200px; margin:0 auto; padding:8px 32px 48px; }
h2 { font-size:18px; margin:28px 0 12px; padding-bottom:6px; border-bottom:2px solid var(--line); }
.card { background:#fff; border:1px solid var(--line); border-radius:8px; padding:14px 18px; margin:0 0 14px; }
.flag { border-left:5px solid var(--low); }
.flag.high { border-left-color:var(--high); } .flag.medium { border-left-color:var(--medium); }
.badge { display:inline-block; font-size:12px; font-weight:650; text-transform:uppercase; letter-spacing:.04em; padding:1px 8px; border-radius:10px; color:#fff; background:var(--low); margin-right:6px; }
.badge.high { background:var(--high); } .badge.medium { background:var(--medium); }
.kind { font-size:12px; font-weight:600; color:var(--muted); background:var(--bg); border:1px solid var(--line); border-radius:10px; padding:1px 8px; margin-right:6px; }
.subject { font-weight:600; }
.msg { margin:6px 0; }
.values { margin:6px 0; padding-left:20px; }
.diff, .text { font-family:Georgia,"Times New Roman",serif; font-size:16px; }
.diff { background:var(--bg); border-radius:6px; padding:8px 10px; margin:6px 0; }
ins { background:#d3f5dc; color:#0b5d22; text-decoration:none; border-radius:3px; padding:0 2px; }
del { background:#fde0dc; color:#8f1d12; border-radius:3px; padding:0 2px; }
.ev { color:var(--muted); font-size:13px; margin:2px 0; }
.ev q, .meta q { color:var(--ink); }
a { color:#1f5f9e; }
.versions { display:grid; grid-template-columns:repeat(auto-fit,minmax(300px,1fr)); gap:12px; margin-top:10px; }
.version { border:1px solid var(--line); border-radius:6px; padding:10px 12px; background:#fff; }
.version.ref { background:#fbfcfd; border-color:#b8c4d1; }
.meta { color:var(--muted); font-size:13px; margin-bottom:6px; }
.meta b { color:var(--ink); }
.tag { font-size:11px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
table { width:100%; border-collapse:collapse; background:#fff; border:1px solid var(--line); border-radius:8px; font-size:14px; }
th, td { text-align:left; padding:6px 10px; border-bottom:1px solid var(--line); vertical-align:top; }
th { background:var(--bg); font-weight:600; }
.none { color:var(--muted); font-style:italic; }
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p>{{.Docs}} documents · {{.Quotes}} quotes · {{.Speakers}} speakers · {{.Clusters}} statements ({{.Multi}} quoted by more than one document) · {{len .Flags}} flags</p>
</header>
<main>
<section id="flags">
<h2>Flags</h2>
{{- range .Flags}}
<div class="card flag {{.Severity}}">
<div><span class="badge {{.Severity}}">{{.Severity}}</span><span class="kind">{{.Kind}}</span><span class="subject">{{.Subject}}</span></div>
<p class="msg">{{.Message}}</p>
{{- if .Diff}}
<div class="diff">{{range .Diff}}{{if ins .Op}}<ins>{{.Text}}</ins> {{else if del .Op}}<del>{{.Text}}</del> {{else}}{{.Text}} {{end}}{{end}}</div>
{{- else if .Values}}
<ul class="values">{{range .Values}}<li>“{{.}}”</li>{{end}}</ul>
{{- end}}
{{- range .Evidence}}
<div class="ev"><span title="{{.Doc}}">{{.Short}}</span>{{if .Outlet}} ({{.Outlet}}){{end}} bytes {{.Start}}–{{.End}}{{if .Text}}: <q>{{.Text}}</q>{{end}}</div>
{{- end}}
{{- if .Omitted}}<div class="ev">and {{.Omitted}} more</div>{{end}}
{{- if .Anchor}}<div class="ev"><a href="#{{.Anchor}}">see the versions side by side</a></div>{{end}}
</div>
{{- else}}
<p class="none">No flags: the documents agree wherever they quote the same statement.</p>
{{- end}}
</section>

<section id="statements">
<h2>Statements quoted by more than one document</h2>
{{- range .Statements}}
<div class="card cluster" id="{{.ID}}">
<div><span class="subject">{{if .Speaker}}{{.Speaker}}{{else}}Unattributed{{end}}</span> · {{.Docs}} document{{if ne .Docs 1}}s{{end}}, {{len .Versions}} quote{{if ne (len .Versions) 1}}s{{end}}{{range .Flags}} <span class="kind">{{.}}</span>{{end}}</div>
<div class="versions">
{{- range .Versions}}
<div class="version{{if .Reference}} ref{{end}}">
<div class="meta">{{if .Reference}}<span class="tag">most common wording</span><br>{{end}}<b>{{if .Outlet}}{{.Outlet}}{{else}}<span title="{{.Doc}}">{{.Short}}</span>{{end}}</b>{{if .Published}} · {{.Published}}{{end}}<br>
{{.Who}}{{if .Title}}, {{.Title}}{{end}}{{if .Via}} (via {{.Via}}){{end}} · {{.Kind}}{{if .Cue.Text}} · <q>{{.Cue.Text}}</q>{{end}}<br>
{{if .URL}}<a href="{{.URL}}" title="{{.Doc}}">{{.Short}}</a> · {{else if .Outlet}}<span title="{{.Doc}}">{{.Short}}</span> · {{end}}bytes {{.Start}}–{{.End}}</div>
<div class="text">{{if .Diff}}{{range .Diff}}{{if ins .Op}}<ins>{{.Text}}</ins> {{else if del .Op}}<del>{{.Text}}</del> {{else}}{{.Text}} {{end}}{{end}}{{else}}{{.Text}}{{end}}</div>
</div>
{{- end}}
</div>
</div>
{{- else}}
<p class="none">No statement is quoted by more than one document.</p>
{{- end}}
</section>

<section id="documents">
<h2>Documents</h2>
<table>
<tr><th>Document</th><th>Outlet</th><th>Published</th><th>Quotes</th></tr>
{{- range .Documents}}
<tr><td>{{if .URL}}<a href="{{.URL}}">{{.Doc}}</a>{{else}}{{.Doc}}{{end}}</td><td>{{.Outlet}}</td><td>{{.Published}}</td><td>{{.Quotes}}</td></tr>
{{- end}}
</table>
</section>

<section id="speakers">
<h2>Speakers</h2>
<table>
<tr><th>Name</th><th>Other names</th><th>Titles</th><th>Quotes</th></tr>
{{- range .People}}
<tr><td>{{.Name}}</td><td>{{range $i, $a := .Aliases}}{{if $i}}; {{end}}{{$a}}{{end}}</td><td>{{.Titles}}</td><td>{{.Quotes}}</td></tr>
{{- end}}
</table>
</section>
</main>
</body>
</html>
`
