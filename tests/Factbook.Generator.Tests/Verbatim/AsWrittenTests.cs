namespace Factbook.Generator.Tests.Verbatim;

/// <summary>
/// Every value that is the text's own words can be checked, not only quotes beside a reference: a title in its own
/// entry's text (<c>verbatim_in: text</c>, a file field), and the words for a time in a nested object, in the text the
/// entry names (<c>when.as_written</c> with <c>verbatim_in: reported_in</c>, a field of the entry). A changed letter is
/// FB0044 at its line, as for any quote.
/// </summary>
public sealed class AsWrittenTests
{
    private const string Schema = """
        types:
          Report:
            fields:
              title: { type: string, verbatim_in: text }
              text: { type: file, optional: true }
          Update:
            fields:
              as_written: { type: string, verbatim_in: reported_in }
              reported_in: Report
              when:
                type: object
                fields:
                  as_written: { type: string, verbatim_in: reported_in }
                  steps: { type: "object[]", optional: true, fields: { words: { type: string, verbatim_in: reported_in } } }
        """;

    private static GeneratorRun Run(string title = "Harbour report", string when = "on Sunday", string words = "the pier") => GeneratorHarness.Run(
        [
            new ContentFile("/project/content/reports.schema.yaml", Schema),
            new ContentFile("/project/content/reports.yaml", "reports:\n  - id: harbour\n    title: " + title + "\n    text: harbour.txt\n"),
            new ContentFile("/project/content/updates.yaml", "updates:\n  - id: sunday\n    as_written: its update\n    when:\n      as_written: " + when + "\n      steps: [{ words: " + words + " }]\n    reported_in: harbour\n"),
            new ContentFile("/project/texts/harbour.txt", "Harbour report\n\nIn its update on Sunday, the harbour master said the pier was likely to reopen.\n"),
        ]);

    [Fact]
    public void WordsOfTheTextPass()
    {
        var run = Run();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("Harbour reports", null, null, "reports.yaml", 3, 12, "'Harbour reports' in the field 'title' is not word for word in the text of Report 'harbour'")]
    [InlineData(null, "on Sundy", null, "updates.yaml", 5, 19, "'on Sundy' in the field 'as_written' is not word for word in the text of Report 'harbour'")]
    [InlineData(null, null, "the pie", "updates.yaml", 6, 24, "'the pie' in the field 'words'")]
    public void AChangedLetterIsFB0044AtItsLine(string? title, string? when, string? words, string file, int line, int column, string message)
    {
        var run = Run(title ?? "Harbour report", when ?? "on Sunday", words ?? "the pier");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0044", "/project/content/" + file, line, column), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.StartsWith(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("as_written: { type: string, verbatim_in: nope }", "ReportWhen or Report has no field 'nope'")]
    [InlineData("as_written: { type: string, verbatim_in: title }", "and 'title' is not a reference")]
    [InlineData("as_written: { type: string, verbatim_in: doc }\n          doc: file", "and 'doc' is not a reference")] // a file of a nested object is no entry's own text
    public void AVerbatimInNamingNoSourceIsFB0010(string field, string phrase)
    {
        var run = GeneratorHarness.Run(new ContentFile("/project/content/reports.schema.yaml", "types:\n  Report:\n    fields:\n      title: string\n      when:\n        type: object\n        fields:\n          " + field + "\n"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0010", diagnostic.Id);
        Assert.Contains(phrase, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>Only single file fields name a text: a map of files beside one is no second text.</summary>
    [Fact]
    public void AMapOfFilesIsNoSecondText()
    {
        var run = GeneratorHarness.Run(new ContentFile("/project/content/reports.schema.yaml", "types:\n  Report:\n    fields:\n      title: { type: string, verbatim_in: text }\n      text: file\n      pdfs: { type: \"map<file>\", optional: true }\n"));

        Assert.Empty(run.FactbookDiagnostics);
    }

    private const string QuotationSchema = """
        types:
          Report:
            fields:
              text: file
          Quotation:
            fields:
              words: { type: string, verbatim_in: report }
              report: Report
          Quote:
            fields:
              part: { type: string, verbatim_in: quotation.words }
              quotation: Quotation
        """;

    private static GeneratorRun RunQuotation(string part, string schema = QuotationSchema) => GeneratorHarness.Run(
        [
            new ContentFile("/project/content/quotes.schema.yaml", schema),
            new ContentFile("/project/content/quotes.yaml", "reports:\n  - id: harbour\n    text: harbour.txt\nquotations:\n  - id: pier\n    report: harbour\n    words: the harbour master said the pier was likely to reopen\nquotes:\n  - id: likely\n    quotation: pier\n    part: " + part + "\n"),
            new ContentFile("/project/texts/harbour.txt", "In its update on Sunday, the harbour master said the pier was likely to reopen.\n"),
        ]);

    /// <summary>A quote points into a whole quotation stored once (<c>verbatim_in: quotation.words</c>): its words are checked against the quotation's, which are checked against the text.</summary>
    [Theory]
    [InlineData("the pier was likely", null)]
    [InlineData("the pier was likely to reopen", null)]
    [InlineData("the pier is likely", "'the pier is likely' in the field 'part' is not word for word in the text of Quotation 'pier' (its words)")]
    [InlineData("In its update", "'In its update' in the field 'part' is not word for word in the text of Quotation 'pier' (its words)")]
    [InlineData("the pie", "'the pie' in the field 'part' is not word for word in the text of Quotation 'pier' (its words)")]
    public void AQuoteIsCheckedAgainstTheWholeQuotationItPointsInto(string part, string? message)
    {
        var run = RunQuotation(part);

        if (message is null)
        {
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationDiagnostics);
            return;
        }

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0044", 11, 11), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.StartsWith(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quotation.nope", "names 'nope' of Quotation, which must be one of its single text fields")]
    [InlineData("quotation.report", "names 'report' of Quotation, which must be one of its single text fields")]
    public void AQuotationFieldThatIsNoTextIsFB0010(string verbatimIn, string phrase)
    {
        var run = RunQuotation("the pier", QuotationSchema.Replace("verbatim_in: quotation.words", "verbatim_in: " + verbatimIn, StringComparison.Ordinal));

        var diagnostic = Assert.Single(run.FactbookDiagnostics, d => d.Id == "FB0010");
        Assert.Contains(phrase, diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
