namespace Factbook.Generator.Tests.Verbatim;

/// <summary>
/// Hostile quotes, texts and layouts against the verbatim check: every case ends in valid code and located,
/// escaped diagnostics, the same in any file order and with any line ending, and bounded in memory.
/// </summary>
public class HostileQuoteTests
{
    /// <summary>Quotes of a source, and quotes in a nested object and a list citing it too.</summary>
    private const string Schema = QuoteContent.Schema + """

              parts:
                type: object
                optional: true
                fields:
                  from: Source
                  lines: { type: "string[]", verbatim_in: from }
        """;

    private const string Text = "First line.\r\nThe quick brown fox — “jumps” over the lazy dog’s back.\n\tTabs\tand  spaces. 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and العربية and e\u0301 composed. 我们今天去公园。\n";

    private static GeneratorRun Run(string quotes, string? text = Text, IReadOnlyDictionary<string, string>? properties = null, bool reversed = false, bool crlf = false)
    {
        var files = new List<ContentFile>
        {
            new("/p/content/q.schema.yaml", Schema),
            new("/p/content/sources.yaml", QuoteContent.Sources()),
            new("/p/content/quotes.yaml", quotes),
        };
        if (text is not null)
        {
            files.Add(new ContentFile("/p/texts/book.txt", text));
        }

        var shaped = files.Select(file => crlf ? file with { Text = file.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal) } : file);
        return GeneratorHarness.Run(reversed ? shaped.Reverse() : shaped, "public static class Probe { public static int Run() => Test.Content.Quotes.All.Count; }", properties: properties);
    }

    [Theory]
    [InlineData("The quick brown fox — “jumps”")]
    [InlineData("lazy dog’s back. Tabs and spaces.")]
    [InlineData("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and العربية")]
    [InlineData("e\u0301 composed.")]
    [InlineData("First line. The quick")]
    [InlineData("  First line.\n\n The quick  ")]
    [InlineData("今天去")] // written without spaces: any character may start or end a quote
    public void WordsThatAreInTheTextPassWhateverTheirScript(string words)
    {
        var run = Run(QuoteContent.Quotes(words));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(1, run.Invoke("Probe", "Run"));
    }

    [Theory]
    [InlineData("The quick brown fox - \"jumps\"", "other capitals or quotation marks")]
    [InlineData("THE QUICK brown fox", "other capitals or quotation marks")]
    [InlineData("Tabs and spac", "the text has it only inside a word ('...back. Tabs and spaces. ")]
    [InlineData("ابية", "where the quote has 'ابية'")]
    [InlineData("dog’s back.\u202Eevil", "\\u202E")]
    [InlineData("line.\u0000 The", "\\u0000")]
    [InlineData("𝔘𝔫𝔦\uD835", "is not word for word")] // a lone surrogate never reaches the message raw
    [InlineData("\uDC00 lone", "is not word for word")]
    public void WordsThatAreNotInTheTextAreLocatedAndTheMessageEscaped(string words, string phrase)
    {
        var run = Run(QuoteContent.Quotes(words));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0044", 4, 12), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains(phrase, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostic.GetMessage(), c => char.IsControl(c) || c is '\u202E' || char.IsSurrogate(c) && !IsPaired(diagnostic.GetMessage(), c));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void QuotesInNestedObjectsAndListsAreCheckedAtTheirItems()
    {
        var quotes = "quotes:\n  - id: nested\n    source: book\n    words: First line.\n    parts:\n      from: book\n      lines: [\"Tabs and spaces.\", \"Tabs and spices.\", \"lazy dog’s\"]\n";

        var run = Run(quotes);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0044", 7, 35), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.StartsWith("'Tabs and spices.' in the field 'lines'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameDiagnosticsInAnyFileOrderAndWithAnyLineEnding()
    {
        var quotes = QuoteContent.Quotes("The quick brown fox", "The slow brown fox", "Tabs and  spaces.", "tabs and spaces");

        var baseline = Describe(Run(quotes));

        Assert.Equal(2, baseline.Count);
        Assert.Equal(baseline, Describe(Run(quotes, reversed: true)));
        Assert.Equal(baseline, Describe(Run(quotes, crlf: true)));
        Assert.Equal(baseline, Describe(Run(quotes, text: "\uFEFF" + Text.Replace("\n", "\r\n", StringComparison.Ordinal))));
    }

    [Fact]
    public void QuotesOfAMissingDocumentAreLeftToTheReferenceError()
    {
        var run = Run("quotes:\n  - id: q\n    source: nowhere\n    words: anything\n");

        Assert.Equal(["FB0029"], run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id));
    }

    [Fact]
    public void ATextLargerThanTheFileLimitIsNotReadAndTheBuildSaysSo()
    {
        var run = Run(QuoteContent.Quotes("First line."), text: Text + new string('x', 5_000), properties: new Dictionary<string, string> { ["FactbookMaxFileChars"] = "2000" });

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("FB0045", diagnostic.Id);
        Assert.EndsWith("Source 'book' names 'book.txt', which is larger than FactbookMaxFileChars (2,000 characters)", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")] // a scale test: seconds of work, run by CI and the full run
    public void QuotesBeyondWhatIsSearchedForAreCountedAsNotChecked()
    {
        // Three quotes of 900,000 characters: the third passes the 2,000,000 searched for one text.
        var words = Enumerable.Range(0, 3).Select(i => new string((char)('a' + i), 900_000)).ToArray();

        var run = Run(QuoteContent.Quotes(words), text: Text + string.Join(" ", words));

        Assert.Equal(["FB0045"], run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Contains("(1): Source 'book' names 'book.txt', which is cited by more than 2,000,000 characters of quotes", run.GeneratorDiagnostics[0].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentGivenTwiceIsCheckedAgainstTheFirstAndDoesNotFail()
    {
        var run = GeneratorHarness.Run(
            new ContentFile("/p/content/q.schema.yaml", Schema),
            new ContentFile("/p/content/a.yaml", "sources:\n  - id: book\n    text: book.txt\n"),
            new ContentFile("/p/content/b.yaml", "sources:\n  - id: book\n    text: other.txt\n"),
            new ContentFile("/p/content/quotes.yaml", QuoteContent.Quotes("First line.")),
            new ContentFile("/p/texts/book.txt", Text));

        Assert.All(run.GeneratorDiagnostics, diagnostic => Assert.Equal("FB0023", diagnostic.Id));
        Assert.NotEmpty(run.GeneratorDiagnostics);
    }

    private static List<string> Describe(GeneratorRun run) =>
        run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id + " " + diagnostic.Location.GetLineSpan().Path + "(" + diagnostic.Line() + "," + diagnostic.Column() + ") " + diagnostic.GetMessage()).ToList();

    private static bool IsPaired(string text, char c)
    {
        var i = text.IndexOf(c, StringComparison.Ordinal);
        return char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);
    }
}
