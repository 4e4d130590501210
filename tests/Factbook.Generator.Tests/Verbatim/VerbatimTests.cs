using CsCheck;
using Factbook.Generator.Content;
using Factbook.Generator.Model;

namespace Factbook.Generator.Tests.Verbatim;

/// <summary>
/// Quotes and excerpts (<c>verbatim_in</c>) checked against the text file their document names, with a small
/// text of our own: verbatim passes, a changed word fails at its line with where it goes wrong, a missing text
/// is said once, and the search stays linear on hostile input, one pass per text however many documents name it.
/// </summary>
public class VerbatimTests
{
    private const string Text = "Harbour report\n\nThe harbour master said the pier was \"likely\" to reopen in May.\r\nFerries   resumed\non Tuesday, officials said. The council’s budget is £4 million.\n";

    private static readonly ContentFile Schema = SchemaWith(
        reportFields: "title: string\n      text: { type: file, optional: true }",
        excerptFields: "report: Report\n      words: { type: string, verbatim_in: report }\n      more: { type: \"string[]\", optional: true, verbatim_in: report }");

    /// <summary>Reports and excerpts with these fields, each further field on a line of its own indented six spaces.</summary>
    private static ContentFile SchemaWith(string reportFields, string excerptFields) => new("/project/content/reports.schema.yaml", $$"""
        types:
          Report:
            fields:
              {{reportFields}}
          Excerpt:
            fields:
              {{excerptFields}}
        """);

    private static ContentFile Reports(string text = "harbour-report.txt") => new("/project/content/reports.yaml", $"""
        reports:
          - id: harbour
            title: Harbour report
            text: {text}
        """);

    private static ContentFile Excerpts(string words = "the pier was \"likely\" to reopen in May", string more = "The council’s budget") => new("/project/content/excerpts.yaml", $"""
        excerpts:
          - id: pier
            report: harbour
            words: '{words.Replace("'", "''")}'
          - id: ferries
            report: harbour
            words: Ferries resumed on Tuesday
            more: ['{more.Replace("'", "''")}', "£4 million."]
        """);

    private static readonly ContentFile TextFile = new("/project/texts/harbour-report.txt", Text);

    [Fact]
    public void WordsThatAreInTheTextPassWithWhitespaceNormalised()
    {
        var run = GeneratorHarness.Run([Schema, Reports(), Excerpts(), TextFile], """
            public static class Probe
            {
                public static string Run() => Test.Content.Excerpts.Ferries.Words + "|" + Test.Content.Reports.Harbour.Text;
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("Ferries resumed on Tuesday|harbour-report.txt", run.Invoke("Probe", "Run"));
    }

    [Fact]
    public void AChangedWordFailsAtItsLineWithWhereTheTextGoesOnDifferently()
    {
        var run = GeneratorHarness.Run(Schema, Reports(), Excerpts(words: "the pier was \"likely\" to reopen in June"), TextFile);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0044", "/project/content/excerpts.yaml", 4, 12), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Equal(
            "'the pier was \"likely\" to reopen in June' in the field 'words' is not word for word in the text of Report 'harbour' (harbour-report.txt); " +
            "after '...was \"likely\" to reopen in ' the text goes on 'May. Ferries resumed on...' and the quote 'June'",
            diagnostic.GetMessage());
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void AQuoteWithAStraightApostropheIsToldSo()
    {
        var run = GeneratorHarness.Run(Schema, Reports(), Excerpts(more: "The council's budget"), TextFile);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0044", 8, 12), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.EndsWith("; the text has it with other capitals or quotation marks: ’ (U+2019, right single quotation mark) where the quote has ' (U+0027, apostrophe): copy it from the text", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyExcerptIsNotVerbatim()
    {
        var run = GeneratorHarness.Run(Schema, Reports(), Excerpts(words: "  "), TextFile);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0044", diagnostic.Id);
        Assert.EndsWith("; it is empty: write the words of the text it rests on", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTheTextTheBuildSaysOnceThatQuotesWereNotChecked()
    {
        var run = GeneratorHarness.Run([Schema, Reports(), Excerpts(words: "not in any text")], """
            public static class Probe { public static string Run() => Test.Content.Excerpts.Pier.Words; }
            """);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0045", "/project/content/reports.yaml", 4, 11), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(
            "Quotes and excerpts were not checked word for word (4): Report 'harbour' names 'harbour-report.txt', which is not among the project's AdditionalFiles; add it there (or give it to 'factbook check --text') to check them",
            diagnostic.GetMessage());
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("not in any text", run.Invoke("Probe", "Run"));
    }

    [Fact]
    public void ADocumentThatNamesNoTextHasItsQuotesCountedAsNotChecked()
    {
        // The text is optional, and left out: the quotes are not checked, which the build says at the document.
        var reports = new ContentFile("/project/content/reports.yaml", "reports:\n  - id: harbour\n    title: Harbour report\n");

        var run = GeneratorHarness.Run(Schema, reports, Excerpts(words: "anything at all"));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0045", "/project/content/reports.yaml", 2, 9), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Equal("Quotes and excerpts were not checked word for word (4): Report 'harbour' names no text (its field 'text' is left out); name one to check them", diagnostic.GetMessage());
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void ATextFileMatchedTwiceIsAnErrorAtTheName()
    {
        var run = GeneratorHarness.Run(Schema, Reports(), Excerpts(), TextFile, new ContentFile("/project/old/harbour-report.txt", "other"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics, d => d.Id == "FB0046");
        Assert.Equal((4, 11), (diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("'harbour-report.txt' names more than one of the project's AdditionalFiles (/project/old/harbour-report.txt, /project/texts/harbour-report.txt)", diagnostic.GetMessage(), StringComparison.Ordinal);

        var resolved = GeneratorHarness.Run(Schema, Reports("texts/harbour-report.txt"), Excerpts(), TextFile, new ContentFile("/project/old/harbour-report.txt", "other"));
        Assert.Empty(resolved.GeneratorDiagnostics);
    }

    [Theory]
    [InlineData("/report.txt", "not a path from a root")]
    [InlineData("../texts/report.txt", "without '.', '..' or empty segments")]
    [InlineData("texts//report.txt", "without '.', '..' or empty segments")]
    [InlineData("\"report\\u0007.txt\"", "no line breaks, control characters or wildcards")]
    [InlineData("\"*.txt\"", "no line breaks, control characters or wildcards")]
    public void AFileNameThatCouldNeverMatchIsRefused(string name, string phrase)
    {
        var run = GeneratorHarness.Run(Schema, Reports(name), Excerpts(), TextFile);

        var diagnostic = Assert.Single(run.FactbookDiagnostics, d => d.Id == "FB0027");
        Assert.Equal(4, diagnostic.Line());
        Assert.Contains(phrase, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("words: { type: int, verbatim_in: report }", "'verbatim_in' of field 'words' of Excerpt only applies to fields of type string or string[]")]
    [InlineData("words: { type: string, verbatim_in: reprt }", "'verbatim_in' of field 'words' of Excerpt must name a single reference or file field beside it (in a nested object, or of its entry), and Excerpt has no field 'reprt' (did you mean 'report'?)")]
    [InlineData("words: { type: string, verbatim_in: other }\n      other: string", "and 'other' is not a reference")]
    [InlineData("words: { type: string, verbatim_in: [report] }", "'verbatim_in' of field 'words' of Excerpt must name a reference field beside it")]
    public void AVerbatimInThatCannotWorkIsASchemaError(string field, string message)
    {
        var run = GeneratorHarness.Run(SchemaWith("title: string\n      text: { type: file, optional: true }", "report: Report\n      " + field));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0010", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: string", "and Report has no field of type file to name its text: add one, as in 'text: { type: file }'")]
    [InlineData("title: string\n      text: file\n      translation: file", "and Report has 2 fields of type file (text, translation), so which text to check is not known")]
    public void TheCitedTypeMustNameItsTextInOneFileField(string reportFields, string message)
    {
        var run = GeneratorHarness.Run(SchemaWith(reportFields, "report: Report\n      words: { type: string, verbatim_in: report }"));

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal("FB0010", diagnostic.Id);
        Assert.Contains("'verbatim_in' of field 'words' of Excerpt names 'report', a Report, " + message, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void EditingTheTextRereadsOnlyTheTextAndRerunsOnlyTheCheck()
    {
        var texts = new[] { Schema, Reports(), Excerpts() }.Select(file => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToList();
        var articleText = new InMemoryAdditionalText(TextFile.Path, Text);
        var driver = GeneratorHarness.CreateDriver(texts.Append(articleText), trackSteps: true);
        var compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Empty(driver.GetRunResult().Diagnostics);

        driver = driver.ReplaceAdditionalText(articleText, new InMemoryAdditionalText(TextFile.Path, Text.Replace("May", "June", StringComparison.Ordinal)));
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);
        var result = driver.GetRunResult().Results[0];

        Assert.All(result.TrackedSteps[TrackingNames.ContentFiles], step => Assert.All(step.Outputs, output => Assert.Equal(Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached, output.Reason)));
        Assert.All(result.TrackedSteps[TrackingNames.Index], step => Assert.All(step.Outputs, output => Assert.Equal(Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached, output.Reason)));
        Assert.Contains(result.TrackedSteps[TrackingNames.SourceTexts], step => step.Outputs.Any(output => output.Reason == Microsoft.CodeAnalysis.IncrementalStepRunReason.Modified));
        Assert.Equal("FB0044", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void EditingAQuoteRerunsTheCheckButNotTheCrossFileIndex()
    {
        var excerpts = new InMemoryAdditionalText(Excerpts().Path, Excerpts().Text);
        var texts = new Microsoft.CodeAnalysis.AdditionalText[] { new InMemoryAdditionalText(Schema.Path, Schema.Text), new InMemoryAdditionalText(Reports().Path, Reports().Text), excerpts, new InMemoryAdditionalText(TextFile.Path, Text) };
        var driver = GeneratorHarness.CreateDriver(texts, trackSteps: true);
        var compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);

        driver = driver.ReplaceAdditionalText(excerpts, new InMemoryAdditionalText(excerpts.Path, Excerpts(words: "the pier was \"likely\" to reopen in June").Text));
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);
        var result = driver.GetRunResult().Results[0];

        Assert.All(result.TrackedSteps[TrackingNames.Index], step => Assert.All(step.Outputs, output => Assert.Equal(Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached, output.Reason)));
        Assert.Contains(result.TrackedSteps[TrackingNames.Verbatim], step => step.Outputs.Any(output => output.Reason == Microsoft.CodeAnalysis.IncrementalStepRunReason.Modified));
        Assert.Equal("FB0044", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void TheSearchFindsTheLongestStartOfEachPatternLikeANaiveSearch()
    {
        var text = Gen.String[Gen.Char['a', 'c'], 0, 60];
        var patterns = Gen.String[Gen.Char['a', 'c'], 0, 8].Array[1, 12];
        Gen.Select(text, patterns).Sample((haystack, needles) =>
        {
            var expected = needles.Select(needle => Enumerable.Range(0, needle.Length + 1).Last(length => haystack.Contains(needle.Substring(0, length), StringComparison.Ordinal))).ToArray();
            return TextSearch.LongestPrefixes(haystack, needles).SequenceEqual(expected);
        });
    }

    [Fact]
    [Trait("Category", "Slow")] // a scale test: seconds of work, run by CI and the full run
    public void ManyNearMissesOverALongRepetitiveTextStayLinear()
    {
        // A naive search would compare 20,000 patterns of 2,000 characters at each of 400,000 places.
        var text = new string('a', 400_000);
        var patterns = Enumerable.Range(0, 20_000).Select(i => new string('a', 1_999 - (i % 7)) + "b").ToList();

        var lengths = TextSearch.LongestPrefixes(text, patterns);

        Assert.All(lengths.Zip(patterns), pair => Assert.Equal(pair.Second.Length - 1, pair.First));
    }

    [Fact]
    public void ManyDocumentsNamingOneTextDoNotSearchItOncePerDocument()
    {
        // 400 documents (say, versions or sections of one article) name one 800,000-character text with one
        // quote each: the text is searched once per document, 400 passes (seconds; minutes at the 16M default
        // FactbookMaxFileChars), where one pass with all 400 quotes takes some tens of milliseconds.
        var text = VerbatimCheck.Normalise(string.Concat(Enumerable.Range(0, 100_000).Select(i => "word" + (i % 977) + " ")));
        var documents = Enumerable.Range(0, 400).Select(i => new DocumentText("Source", "d" + i, "book.txt", "/p/content/sources.yaml", new SourceSpan(i * 20, 8, i, 0, i, 8))).ToList();
        var citations = Enumerable.Range(0, 400).Select(i => new Citation("/p/content/quotes.yaml", "word" + i + " word" + (i + 1), "Source", "d" + i, "words", new SourceSpan(i * 20, 8, i, 0, i, 8))).ToList();
        var passes = new List<string>();

        var diagnostics = VerbatimCheck.Check(citations, documents, [VerbatimCheck.Read("/p/texts/book.txt", () => text, text.Length, int.MaxValue)], passes.Add, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(diagnostics);
        Assert.Equal(["/p/texts/book.txt"], passes);
    }
}
