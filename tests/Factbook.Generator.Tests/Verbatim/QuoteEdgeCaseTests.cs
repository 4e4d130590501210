using static Factbook.Generator.Tests.Infrastructure.QuoteContent;

namespace Factbook.Generator.Tests.Verbatim;

/// <summary>
/// Quotes at the edges of the verbatim check, each once mishandled (found by an outside review): half characters, cut
/// words, a text named by the field's default, the cap on problems per file, a file value that names YAML, and ambiguous
/// or long paths.
/// </summary>
public class QuoteEdgeCaseTests
{
    private static GeneratorRun Run(string sources, string quotes, params (string Path, string Text)[] texts) =>
        RunWith(QuoteContent.Schema, sources, quotes, texts);

    private static GeneratorRun RunWith(string schema, string sources, string quotes, params (string Path, string Text)[] texts)
    {
        var files = new List<ContentFile>
        {
            new("/p/content/q.schema.yaml", schema),
            new("/p/content/sources.yaml", sources),
            new("/p/content/quotes.yaml", quotes),
        };
        files.AddRange(texts.Select(text => new ContentFile(text.Path, text.Text)));
        return GeneratorHarness.Run(files, string.Empty);
    }

    // ---- The check itself ----

    [Fact]
    public void AQuoteStartingWithHalfACharacterIsReportedAtTheQuoteNotAsACrash()
    {
        // A raw lone low surrogate (an unsaved editor buffer can hold one) that the text has as the second half
        // of 𝔘 (D835 DD18): Divergence backs its start up to -1 and Substring throws; FB0999 without a location
        // replaces every verbatim diagnostic of the build.
        var run = Run(QuoteContent.Sources(), "quotes:\n  - id: q\n    source: book\n    words: \"\uDD18X\"\n", ("/p/texts/book.txt", Text));

        Assert.DoesNotContain(run.GeneratorDiagnostics, diagnostic => diagnostic.Id == "FB0999");
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0044", 4, 12), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
    }

    [Fact]
    public void TheSecondHalfOfACharacterAloneIsNotWordForWordInATextThatHasTheWholeCharacter()
    {
        // A raw lone low surrogate (as an unsaved editor buffer can hold) matches inside 𝔘 (D835 DD18) and passes.
        // (Facts, not theories: xunit serializes theory data and would turn a lone surrogate into U+FFFD.)
        var run = Run(QuoteContent.Sources(), "quotes:\n  - id: q\n    source: book\n    words: \uDD18\n", ("/p/texts/book.txt", "First \U0001D518 line"));

        Assert.Equal("FB0044", Assert.Single(run.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void TheFirstHalfOfACharacterAloneIsNotWordForWordInATextThatHasTheWholeCharacter()
    {
        var run = Run(QuoteContent.Sources(), "quotes:\n  - id: q\n    source: book\n    words: \"and \uD835\"\n", ("/p/texts/book.txt", "x and \U0001D518 y"));

        Assert.Equal("FB0044", Assert.Single(run.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void WhereTheQuoteGoesOnDifferentlyIsNeverHalfACharacter()
    {
        // 𝔘𝔙 against a text with 𝔘𝔫: both second characters start with D835, so the match ends inside 𝔙.
        var run = Run(QuoteContent.Sources(), QuoteContent.Quotes("𝔘𝔙"), ("/p/texts/book.txt", Text));

        var message = Assert.Single(run.GeneratorDiagnostics).GetMessage();
        Assert.DoesNotContain("\\uD835", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\\uDD19", message, StringComparison.Ordinal);
        Assert.EndsWith("; the text has '𝔘𝔫𝔦 and é composed.' where the quote has '𝔘𝔙'", message, StringComparison.Ordinal); // 𝔘𝔫𝔦 is one word

        var later = Assert.Single(Run(QuoteContent.Sources(), QuoteContent.Quotes("she cannot 𝔘𝔙"), ("/p/texts/book.txt", "she cannot 𝔘𝔫𝔦")).GeneratorDiagnostics).GetMessage();
        Assert.EndsWith("after 'she cannot ' the text goes on '𝔘𝔫𝔦' and the quote '𝔘𝔙'", later, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("she can")] // the text says "she cannot": the quote says the opposite
    [InlineData("he cannot support")] // the text says "she cannot support"
    [InlineData("and e")] // the text has e + U+0301 (é): the quote drops the accent
    public void AQuoteThatCutsAWordOrACharacterIsNotWordForWord(string words)
    {
        var run = Run(QuoteContent.Sources(), QuoteContent.Quotes(words), ("/p/texts/book.txt", Text));

        Assert.Equal("FB0044", Assert.Single(run.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void QuotesOfADocumentWhoseTextIsTheFieldsDefaultAreChecked()
    {
        // The entry names book.txt by the default (Sources.Book.Text is "book.txt" in the generated code), the
        // text is among the AdditionalFiles, and the quote is not in it: yet nothing is reported, not even FB0045.
        var schema = QuoteContent.Schema.Replace("text: { type: file, optional: true }", "text: { type: file, default: book.txt }", StringComparison.Ordinal);

        var run = RunWith(schema, "sources:\n  - id: book\n", QuoteContent.Quotes("words that are nowhere in the text"), ("/p/texts/book.txt", Text));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0044", 4, 12), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
    }

    [Fact]
    public void FailingQuotesAreCappedPerFileLikeEveryOtherProblem()
    {
        // DiagnosticLimit keeps 200 problems of a file and says how many more with FB0036; the verbatim step's
        // diagnostics bypass it (300 here, a million for a file of a million bad quotes).
        var run = Run(QuoteContent.Sources(), QuoteContent.Quotes(Enumerable.Range(0, 300).Select(i => "not in the text " + i).ToArray()), ("/p/texts/book.txt", Text));

        Assert.True(run.GeneratorDiagnostics.Count(diagnostic => diagnostic.Id == "FB0044") <= 200, run.GeneratorDiagnostics.Count(diagnostic => diagnostic.Id == "FB0044") + " FB0044");
        Assert.Contains(run.GeneratorDiagnostics, diagnostic => diagnostic.Id == "FB0036");
    }

    // ---- Which file a name matches, and what the build says about it ----

    [Theory]
    [InlineData("sources.yaml", "/p/texts/book.txt")] // the content file itself, which is among the AdditionalFiles
    [InlineData("notes.YML", "/p/texts/notes.YML")] // a text whose extension happens to read as YAML
    public void AFileValueNamingAYamlFileIsNotSaidToBeMissingFromTheAdditionalFiles(string file, string textPath)
    {
        var run = Run(QuoteContent.Sources(file), QuoteContent.Quotes("First line."), (textPath, Text));

        Assert.DoesNotContain(run.GeneratorDiagnostics, diagnostic => diagnostic.GetMessage().Contains("is not among the project's AdditionalFiles", StringComparison.Ordinal));
        Assert.Contains(run.GeneratorDiagnostics, diagnostic => diagnostic.Line() == 3 && diagnostic.Column() == 11);
    }

    [Fact]
    public void AnAmbiguousTextIsAnErrorAndNotAlsoSaidToBeMissing()
    {
        // FB0046 says book.txt names two files; FB0045 beside it says book.txt is not among the AdditionalFiles.
        var run = Run(QuoteContent.Sources(), QuoteContent.Quotes("First line."), ("/p/texts/book.txt", Text), ("/p/old/book.txt", Text));

        Assert.Contains(run.GeneratorDiagnostics, diagnostic => diagnostic.Id == "FB0046");
        Assert.DoesNotContain(run.GeneratorDiagnostics, diagnostic => diagnostic.GetMessage().Contains("is not among the project's AdditionalFiles", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFilesAnAmbiguousNameMatchesAreToldApartInTheMessage()
    {
        // FB0046 asks to "write more of its path", but cuts each path at 60 characters from the start, which
        // is where long paths agree: both are shown as '/home/someone/.../2024/articl...'.
        const string prefix = "/home/someone/projects/newsroom/fact-checking/2024/articles/";

        var run = Run(QuoteContent.Sources(), QuoteContent.Quotes("First line."), (prefix + "draft/book.txt", Text), (prefix + "final/book.txt", Text));

        var message = Assert.Single(run.GeneratorDiagnostics, diagnostic => diagnostic.Id == "FB0046").GetMessage();
        Assert.Contains("draft", message, StringComparison.Ordinal);
        Assert.Contains("final", message, StringComparison.Ordinal);
    }
}
