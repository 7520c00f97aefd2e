package archive_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/archive"
)

func Example() {
	dir, err := os.MkdirTemp("", "archive")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	a, err := archive.Open(filepath.Join(dir, "news.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer a.Close()

	docs, err := verbatim.Load("../testdata/corpus")
	if err != nil {
		log.Fatal(err)
	}
	st, err := a.Add(context.Background(), docs)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("added", st.Added, "articles")

	res, err := a.Find(context.Background(), "REGIONAL SECURITY CANNOT BE GUARANTEED by expanding military blocs",
		archive.FindOptions{Speaker: "Xi Jinping"})
	if err != nil {
		log.Fatal(err)
	}
	m := res.Matches[0]
	fmt.Println(m.Articles, "articles quote it; credited to", m.Speakers[0].Speaker)
	fmt.Println(res.Verdict.Status)
	// Output:
	// added 5 articles
	// 2 articles quote it; credited to Wang Yi
	// credited-elsewhere
}
