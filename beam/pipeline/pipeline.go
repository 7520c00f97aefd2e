package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"   // gs:// inputs and outputs
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/filter"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/compare"
	"github.com/verbatim-nlp/verbatim/input/html"
)

// Config says what to read and where to write.
type Config struct {
	// Inputs are files, local folders (searched recursively for .txt,
	// .html, .htm, .jsonl and .jsonl.gz, as verbatim.Load does), or
	// globs on any registered Beam filesystem ("gs://b/news/*.jsonl.gz").
	Inputs []string
	// Output is the folder the report is written to; it must exist
	// (on a local filesystem) and should be empty.
	Output string
	// Shards is the number of files per kind of record (default 4).
	Shards int
	// MaxGroup bounds the statements of one word's group whose pairs
	// are all checked (default 256); a larger group is checked in
	// overlapping windows (see the summary's capped groups).
	MaxGroup int
	// Rounds is the number of rounds of label propagation (default 4;
	// a negative number means none) before one union-find over the
	// label pairs they leave finishes the components.
	Rounds int
}

// Kinds of records written, one file set each: KIND-SSSSS-of-NNNNN.jsonl.
var Kinds = []string{"documents", "speakers", "quotes", "clusters", "flags"}

// SummaryFile is the name of the summary in Config.Output.
const SummaryFile = "summary.json"

// Summary counts what the report holds.
type Summary struct {
	Documents int            `json:"documents"`
	Quotes    int            `json:"quotes"`
	Speakers  int            `json:"speakers"`
	Clusters  int            `json:"clusters"`
	Flags     int            `json:"flags"`
	FlagKinds map[string]int `json:"flag_kinds"`
	Shards    int            `json:"shards"`
	// Renderings and Tokens are the size of the corpus's word
	// statistics (compare.Stats) that the stats stages computed and
	// the compare stage weighed words by.
	Renderings int `json:"renderings"`
	Tokens     int `json:"tokens"`
	// Names counts the distinct capitalised words the stats stages
	// counted articles for (compare.Stats.NameDF), by which the event
	// test weighs names.
	Names int `json:"names"`
	// Components counts the parts whose statements were linked apart
	// (see linkStatements), LargestComponent the quotes of the largest.
	Components       int `json:"components"`
	LargestComponent int `json:"largest_component"`
}

func init() {
	register.Function4x1(listFn)
	register.DoFn3x1[context.Context, string, func(string, []byte), error](&readFn{})
	register.DoFn6x1[string, []byte, func(string, []byte), func(string), func(string), func(string), error](&extractFn{})
	register.DoFn2x0[string, func(string)](&keyTokensFn{})
	register.DoFn3x0[string, func(*string) bool, func(string)](&statTokensFn{})
	register.Function2x1(toTokenCount)
	register.Combiner3[statsAcc, tokenCount, []byte](&statsFn{})
	register.DoFn4x1[int, func(*[]byte) bool, func(*[]byte) bool, func(string, string), error](&compareFn{})
	register.DoFn3x0[string, string, func(string, string)](&shardFn{})
	register.DoFn3x1[context.Context, string, func(*string) bool, error](&writeFn{})
	register.Emitter1[string]()
	register.Emitter1[[]byte]()
	register.Emitter2[string, []byte]()
	register.Emitter2[string, string]()
	register.Iter1[[]byte]()
	register.Iter1[string]()
}

// Build adds the pipeline to s.
func Build(s beam.Scope, c Config) {
	if c.Shards < 1 {
		c.Shards = 4
	}
	if c.MaxGroup < 2 {
		c.MaxGroup = 256
	}
	switch {
	case c.Rounds == 0:
		c.Rounds = 4
	case c.Rounds < 0:
		c.Rounds = 0
	}
	s = s.Scope("verbatim")
	inputs := beam.Create(s, toAny(c.Inputs)...)
	local, files := beam.ParDo2(s, listFn, inputs)
	read := beam.ParDo(s, &readFn{}, beam.Reshuffle(s, files))
	// A JSON Lines file or a folder is one element until read:
	// reshuffle the articles so that extraction spreads over the workers.
	articles := beam.Reshuffle(s, beam.Flatten(s, local, read))
	docs, shared, own, names := beam.ParDo4(s, &extractFn{}, articles)
	corpus := corpusStats(s, shared, own, names)
	labelled := linkStatements(s, docs, corpus, c)
	records := beam.ParDo(s, &compareFn{Shards: c.Shards}, beam.GroupByKey(s, beam.AddFixedKey(s, labelled)),
		beam.SideInput{Input: corpus})
	shards := beam.ParDo(s, &shardFn{Shards: c.Shards}, records)
	beam.ParDo0(s, &writeFn{Dir: c.Output}, beam.GroupByKey(s, shards))
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// listFn expands one input. A local file or folder is read here with
// verbatim.Documents, the reader of "verbatim check", so names and texts
// are the same as check's; gzipped JSON Lines under a local folder, and
// anything else (a glob on any Beam filesystem, such as gs://), become
// file names for readFn.
func listFn(ctx context.Context, input string, docs func(string, []byte), files func(string)) error {
	if info, err := os.Stat(input); err == nil {
		if !info.IsDir() && isGzip(input) {
			files(input)
			return nil
		}
		for d, err := range verbatim.Documents(input) {
			if err != nil {
				log.Warnf(ctx, "%v", err) // check reports it and goes on
				continue
			}
			enc, err := encode(d)
			if err != nil {
				return err
			}
			docs(d.Name, enc)
		}
		if !info.IsDir() {
			return nil
		}
		var gz []string
		err := filepath.WalkDir(input, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(strings.ToLower(path), ".jsonl.gz") {
				gz = append(gz, path)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, f := range gz {
			files(f)
		}
		return nil
	}
	fsys, err := filesystem.New(ctx, input)
	if err != nil {
		return err
	}
	defer fsys.Close()
	names, err := fsys.List(ctx, input)
	if err != nil {
		return fmt.Errorf("verbatim: listing %s: %w", input, err)
	}
	if len(names) == 0 {
		return fmt.Errorf("verbatim: %s: no such file", input)
	}
	for _, f := range names {
		files(f)
	}
	return nil
}

func isGzip(path string) bool { return strings.HasSuffix(strings.ToLower(path), ".gz") }

// readFn reads one file into documents, each emitted as its name and
// its gob encoding, as verbatim.Documents reads a local file. A line of
// JSON Lines that is not an article is logged and skipped, as "verbatim
// check" reports and skips it.
type readFn struct{}

func (f *readFn) ProcessElement(ctx context.Context, path string, emit func(string, []byte)) error {
	b, err := readFile(ctx, path)
	if err != nil {
		return err
	}
	var docs []verbatim.Document
	lower := strings.ToLower(path)
	switch {
	case strings.HasSuffix(lower, ".jsonl"), strings.HasSuffix(lower, ".jsonl.gz"):
		var errs verbatim.ErrorList
		docs, errs = verbatim.ReadJSONL(path, b)
		for _, e := range errs {
			log.Warnf(ctx, "%v", e)
		}
	case strings.HasSuffix(lower, ".html"), strings.HasSuffix(lower, ".htm"):
		d, err := html.Read(path, b)
		if err != nil {
			return fmt.Errorf("verbatim: %s: %w", path, err)
		}
		docs = []verbatim.Document{d}
	default:
		docs = []verbatim.Document{{Name: path, Text: b}}
	}
	for _, d := range docs {
		enc, err := encode(d)
		if err != nil {
			return err
		}
		emit(d.Name, enc)
	}
	return nil
}

// readFile reads a whole file from its filesystem, gunzipping a name
// ending in .gz, and refuses more than verbatim.MaxFileBytes.
func readFile(ctx context.Context, path string) ([]byte, error) {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	rc, err := fsys.OpenRead(ctx, path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var r io.Reader = rc
	if isGzip(path) {
		zr, err := gzip.NewReader(rc)
		if err != nil {
			return nil, fmt.Errorf("verbatim: %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	b, err := io.ReadAll(io.LimitReader(r, verbatim.MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("verbatim: %s: %w", path, err)
	}
	if len(b) > verbatim.MaxFileBytes {
		return nil, fmt.Errorf("verbatim: %s: %w", path, verbatim.ErrFileTooLarge)
	}
	return b, nil
}

// record is what extractFn keeps of a document: the compare.Document
// that verbatim.CheckEach ("verbatim check") builds for it, without the
// text, and the text's digest, which orders documents of one name.
// Labels, added by the split, are its quotes' statement labels (see
// compare.GivenStatements).
type record struct {
	Doc    compare.Document
	Sum    [sha256.Size]byte
	Labels [][]string
}

// extractFn finds and attributes the quotes of one document and emits
// the gob encoding of its record, the keys under which its statements
// count in the corpus's word statistics, and what its article counts
// for there: articleMark and its names (see corpusStats).
type extractFn struct {
	p *verbatim.Pipeline
	c *compare.Clusterer
}

func (f *extractFn) Setup() error {
	p, err := verbatim.New(verbatim.Workers(1))
	f.p, f.c = p, new(compare.Clusterer) // the defaults
	return err
}

func (f *extractFn) ProcessElement(_ string, enc []byte, recs func(string, []byte), shared, own, names func(string)) error {
	var d verbatim.Document
	if err := decode(enc, &d); err != nil {
		return err
	}
	res, err := f.p.ExtractDoc(d)
	if err != nil { // only warnings: the result is whole
		log.Warnf(context.Background(), "%v", err)
	}
	doc := compare.Document{
		Name: d.Name, Key: d.Key, Quotes: res.Quotes, People: res.People,
		Names:  compare.NameRuns(d.Text),
		Outlet: d.Outlet, URL: d.URL, Published: d.Published, Headline: d.Headline,
	}
	r := record{Doc: doc, Sum: sha256.Sum256(d.Text)}
	rec, err := encode(r)
	if err != nil {
		return err
	}
	recs(ref(&r), rec)
	sk, ok := f.c.StatKeys(doc)
	for _, k := range sk {
		shared(k)
	}
	for _, k := range ok {
		own(k)
	}
	names(articleMark)
	for _, w := range compare.ArticleNames(doc) {
		names(articleMark + w)
	}
	return nil
}

// corpusStats computes the corpus's word statistics (compare.Stats)
// from the documents' keys with grouping steps and a combiner: the
// shared keys made distinct across the corpus, the vocabulary (every
// match token of a key) as a side input, each distinct key's tokens
// counted per token, the articles' names (from extractFn, for the
// event test's weights) counted per name, and the counts combined into
// one Stats, the gob encoding of which is the one element of the
// result (none when the corpus is empty).
func corpusStats(s beam.Scope, shared, own, names beam.PCollection) beam.PCollection {
	s = s.Scope("stats")
	keys := beam.Flatten(s, filter.Distinct(s, shared), own)
	vocab := filter.Distinct(s, beam.ParDo(s, &keyTokensFn{}, keys))
	toks := beam.ParDo(s, &statTokensFn{}, keys, beam.SideInput{Input: vocab})
	counts := beam.ParDo(s, toTokenCount, stats.Count(s, beam.Flatten(s, toks, names)))
	return beam.Combine(s, &statsFn{}, counts)
}

// keyTokensFn emits the match tokens of a key: the vocabulary.
type keyTokensFn struct{}

func (keyTokensFn) ProcessElement(key string, emit func(string)) {
	for _, t := range compare.KeyTokens(key) {
		emit(t)
	}
}

// renderingMark is the token statTokensFn emits once per key, to count
// the renderings; no match token is empty.
const renderingMark = ""

// articleMark is the token extractFn emits once per article, to count
// the articles, and the prefix of each name it emits (Stats.NameDF); no
// match token holds a zero byte.
const articleMark = "\x00"

// statTokensFn emits, for one distinct key, renderingMark and each
// token it counts for in compare.Stats given the vocabulary, read once
// per worker from the side input.
type statTokensFn struct {
	vocab map[string]bool
}

func (f *statTokensFn) ProcessElement(key string, vocab func(*string) bool, emit func(string)) {
	if f.vocab == nil {
		f.vocab = map[string]bool{}
		var t string
		for vocab(&t) {
			f.vocab[t] = true
		}
	}
	var one compare.Stats
	one.Add(key, func(t string) bool { return f.vocab[t] })
	emit(renderingMark)
	for t := range one.DF {
		emit(t)
	}
}

// tokenCount is one token's document frequency (renderingMark: the
// number of renderings; articleMark: of articles; articleMark and a
// name: the articles writing it).
type tokenCount struct {
	Token string
	N     int
}

func toTokenCount(t string, n int) tokenCount { return tokenCount{t, n} }

// statsAcc accumulates token counts; each token comes once, from
// stats.Count, so merging appends.
type statsAcc struct {
	Counts []tokenCount
}

// statsFn combines the token counts into the gob encoding of one
// compare.Stats.
type statsFn struct{}

func (statsFn) CreateAccumulator() statsAcc { return statsAcc{} }

func (statsFn) AddInput(a statsAcc, c tokenCount) statsAcc {
	a.Counts = append(a.Counts, c)
	return a
}

func (statsFn) MergeAccumulators(a, b statsAcc) statsAcc {
	a.Counts = append(a.Counts, b.Counts...)
	return a
}

func (statsFn) ExtractOutput(a statsAcc) []byte {
	st := compare.Stats{DF: make(map[string]int, len(a.Counts)), NameDF: map[string]int{}}
	for _, c := range a.Counts {
		switch {
		case c.Token == renderingMark:
			st.Renderings += c.N
		case c.Token == articleMark:
			st.Articles += c.N
		case strings.HasPrefix(c.Token, articleMark):
			st.NameDF[c.Token[len(articleMark):]] += c.N
		default:
			st.DF[c.Token] += c.N
		}
	}
	b, err := encode(st)
	if err != nil {
		panic(err) // a map of strings to ints always encodes
	}
	return b
}

// compareFn runs compare over every document, as verbatim.CheckEach
// ("verbatim check") does, and emits each record of the report as
// (kind, JSON line).
type compareFn struct {
	Shards int // recorded in the summary
}

func (f *compareFn) ProcessElement(_ int, encs func(*[]byte) bool, corpus func(*[]byte) bool, emit func(string, string)) error {
	// The stats are one element, or none when the corpus is empty (a
	// global Combine of nothing gives nothing).
	var st compare.Stats
	var b []byte
	for corpus(&b) {
		var one compare.Stats
		if err := decode(b, &one); err != nil {
			return err
		}
		st.Merge(one)
	}
	var recs []record
	var enc []byte
	for encs(&enc) {
		var r record
		if err := decode(enc, &r); err != nil {
			return err
		}
		recs = append(recs, r)
	}
	// As CheckEach: documents of one name in the order of their texts'
	// digests, which compare's stable sort keeps.
	sort.SliceStable(recs, func(i, j int) bool {
		if recs[i].Doc.Name != recs[j].Doc.Name {
			return recs[i].Doc.Name < recs[j].Doc.Name
		}
		return bytes.Compare(recs[i].Sum[:], recs[j].Sum[:]) < 0
	})
	docs := make([]compare.Document, len(recs))
	for i := range recs {
		docs[i] = recs[i].Doc
	}
	// The statements were linked by components (linkStatements): this
	// step only reports.
	label := func(d, k int) []string {
		if k < len(recs[d].Labels) {
			return recs[d].Labels[k]
		}
		return nil
	}
	c, err := compare.New(compare.CorpusStats(&st), compare.GivenStatements(label))
	if err != nil {
		return err
	}
	rep := c.Compare(docs)
	for _, x := range []struct {
		kind string
		n    int
		at   func(int) any
	}{
		{"documents", len(rep.Documents), func(i int) any { return rep.Documents[i] }},
		{"speakers", len(rep.Speakers), func(i int) any { return rep.Speakers[i] }},
		{"quotes", len(rep.Quotes), func(i int) any { return rep.Quotes[i] }},
		{"clusters", len(rep.Clusters), func(i int) any { return rep.Clusters[i] }},
		{"flags", len(rep.Flags), func(i int) any { return rep.Flags[i] }},
	} {
		for i := range x.n {
			line, err := jsonLine(x.at(i))
			if err != nil {
				return err
			}
			emit(x.kind, line)
		}
	}
	sum := Summary{
		Documents: len(rep.Documents), Quotes: len(rep.Quotes), Speakers: len(rep.Speakers),
		Clusters: len(rep.Clusters), Flags: len(rep.Flags), FlagKinds: map[string]int{}, Shards: f.Shards,
		Renderings: st.Renderings, Tokens: len(st.DF), Names: len(st.NameDF),
	}
	comps := map[string]int{}
	for _, r := range recs {
		for _, ls := range r.Labels {
			if len(ls) > 0 {
				c, _, _ := strings.Cut(ls[0], "/")
				comps[c]++
			}
		}
	}
	sum.Components = len(comps)
	for _, n := range comps {
		sum.LargestComponent = max(sum.LargestComponent, n)
	}
	for _, fl := range rep.Flags {
		sum.FlagKinds[fl.Kind]++
	}
	line, err := jsonLine(sum)
	if err != nil {
		return err
	}
	emit("summary", line)
	return nil
}

// shardFn keys each record by the file it goes to: a hash of the line
// picks the shard, so the files do not depend on the runner.
type shardFn struct {
	Shards int
}

func (f *shardFn) ProcessElement(kind, line string, emit func(string, string)) {
	if kind == "summary" {
		emit(SummaryFile, line)
		return
	}
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(ShardName(kind, int(h.Sum32()%uint32(f.Shards)), f.Shards), line)
}

// ShardName is the name of shard i of n of a kind of record.
func ShardName(kind string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", kind, i, n)
}

// writeFn writes one file of the report, its lines sorted so that a
// rerun writes the same bytes. A shard no record hashes to is not
// written.
type writeFn struct {
	Dir string
}

func (f *writeFn) ProcessElement(ctx context.Context, name string, lines func(*string) bool) error {
	var all []string
	var l string
	for lines(&l) {
		all = append(all, l)
	}
	sort.Strings(all)
	var b bytes.Buffer
	for _, l := range all {
		b.WriteString(l)
	}
	path := joinPath(f.Dir, name)
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fsys.Close()
	return filesystem.Write(ctx, fsys, path, b.Bytes())
}

// joinPath joins a folder and a file name, keeping a URL's slashes.
func joinPath(dir, name string) string {
	if strings.Contains(dir, "://") {
		return strings.TrimSuffix(dir, "/") + "/" + name
	}
	return filepath.Join(dir, name)
}

// jsonLine is v as "verbatim check -format json" writes it (no HTML
// escaping), on one line ending in a newline.
func jsonLine(v any) (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", fmt.Errorf("verbatim: %w", err)
	}
	return b.String(), nil
}

func encode(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(v); err != nil {
		return nil, fmt.Errorf("verbatim: encoding: %w", err)
	}
	return b.Bytes(), nil
}

func decode(b []byte, v any) error {
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("verbatim: decoding: %w", err)
	}
	return nil
}
