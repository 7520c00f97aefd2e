package compare

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSeverityRank(t *testing.T) {
	assert.Less(t, High.Rank(), Medium.Rank())
	assert.Less(t, Medium.Rank(), Low.Rank())
	assert.Less(t, Low.Rank(), Severity("unknown").Rank(), "an unknown severity sorts last")
	b, err := json.Marshal(Flag{Severity: Medium})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"severity":"medium"`, "the JSON keeps the plain string")
}

func TestSortFlags(t *testing.T) {
	flags := []Flag{
		{Kind: NameVariant, Subject: "Ana Ruiz", Severity: Low},
		{Kind: VariantWording, Subject: "we will not wait", Severity: High, Values: []string{"b"}},
		{Kind: Truncated, Subject: "the port reopens", Severity: Medium},
		{Kind: SpeakerConflict, Subject: "we will not wait", Severity: High},
		{Kind: VariantWording, Subject: "we will not wait", Severity: High, Values: []string{"a"}},
		{Kind: TitleConflict, Subject: "Ana Ruiz", Severity: "odd"},
	}
	SortFlags(flags)
	var got []string
	for _, f := range flags {
		got = append(got, fmt.Sprint(f.Severity, " ", f.Kind, " ", f.Subject, " ", f.Values))
	}
	assert.Equal(t, []string{
		"high speaker-conflict we will not wait []",
		"high variant-wording we will not wait [a]",
		"high variant-wording we will not wait [b]",
		"medium truncated the port reopens []",
		"low name-variant Ana Ruiz []",
		"odd title-conflict Ana Ruiz []",
	}, got)
}

// TestReportFlagsMostSevereFirst checks the order on a real comparison:
// whatever the kinds, no flag comes before a more severe one.
func TestReportFlagsMostSevereFirst(t *testing.T) {
	rep := mustNew().Compare(corpusDocs(t))
	require.NotEmpty(t, rep.Flags)
	for i := 1; i < len(rep.Flags); i++ {
		assert.LessOrEqual(t, rep.Flags[i-1].Severity.Rank(), rep.Flags[i].Severity.Rank(),
			"flag %d (%s %s) after %s %s", i, rep.Flags[i].Severity, rep.Flags[i].Kind, rep.Flags[i-1].Severity, rep.Flags[i-1].Kind)
	}
}
