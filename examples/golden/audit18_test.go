package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/internal/jsontest"
)

// Audit of issue 18: the workbook import masked identity numbers by its
// own copy of an 18-digit rule, so a 15-digit (first-generation) identity
// number, or one of 16 or 17 digits, in a cell, a sheet name or a header
// reached the report; and a cell's characters that do not print were
// quoted raw. It now masks by the library's one
// rule (redact) and quotes a cell's characters that do not print (XML
// lets U+0085 and the bidirectional overrides through) as U+FFFD.
func TestAudit18WorkbookEchoMasksAsTheLibrary(t *testing.T) {
	const id15 = "110101900307123"
	book := craftBook(t, []sheetXML{{"x" + id15, caseHeadWith("身份证 "+id15+"&#x202E;", "input.case.grade") +
		caseRow(4, "身份证"+id15+"七") + caseRow(5, "１１０１０１９００３０７１２３") + caseRow(6, "a&#x202E;b&#x85;")}}, "")
	got, err := importWorkbook(book)
	require.NoError(t, err)
	s := problems(got)
	assert.NotContains(t, s, id15)
	assert.NotContains(t, s, "\u202e", "a right-to-left override would reorder the report's text")
	for _, o := range got {
		jsontest.CheckMax(t, errString(o.Problem), 2048)
	}
	assert.Equal(t, strings.Repeat("*", 15), echo(id15))
	assert.Equal(t, "a\uFFFD[2Jb", echo("a\x1b[2Jb"))
	assert.Equal(t, "\uFFFD"+strings.Repeat("*", 15), echo("\x85"+id15))
}

type errString string

func (e errString) Error() string { return string(e) }
