using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Factbook.Cli;
using Factbook.Generator.Content;
using Factbook.Generator.Model;
using Factbook.Generator.Tests.Infrastructure;
using Xunit;

namespace Factbook.Generator.Tests;

/// <summary>
/// Hostile inputs an outside review of the verbatim check (file, verbatim_in, FB0044-FB0046, factbook check
/// --text) found mishandled, each kept as a test: half characters, cut words, defaults, caps, YAML named as a
/// text, ambiguous and long paths, one pass per text, and the checker's --text given odd paths.
/// </summary>
public sealed class VerbatimReviewTests : IDisposable
{

    private const string Text = "First line.\nThe minister said she cannot support the bill. 𝔘𝔫𝔦 and e\u0301 composed.\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factbook-review-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

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

    // ---- One pass per text ----

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

    // ---- factbook check --text ----

    private string WriteContent()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "content"));
        File.WriteAllText(Path.Combine(_folder, "content", "q.schema.yaml"), QuoteContent.Schema);
        File.WriteAllText(Path.Combine(_folder, "content", "sources.yaml"), QuoteContent.Sources());
        File.WriteAllText(Path.Combine(_folder, "content", "quotes.yaml"), QuoteContent.Quotes("First line."));
        File.WriteAllText(Path.Combine(_folder, "book.txt"), Text);
        return Path.Combine(_folder, "content");
    }

    private static (int Exit, string Output, string Error) Cli(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(arguments, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void CheckGivenTheSameTextTwiceDoesNotCallItAmbiguous()
    {
        // --text book.txt --text book.txt (or ./book.txt and book.txt, or a shell glob that overlaps) is one
        // file: FB0046 lists the same path twice, and FB0045 says the text is not given at all.
        var content = WriteContent();
        var text = Path.Combine(_folder, "book.txt");

        var (exit, output, _) = Cli("check", content, "--text", text, "--text", text);

        Assert.Equal((CliApp.Success, "2 entries in 2 collections: 0 errors, 0 warnings"), (exit, output.Trim()));
    }

    [Fact]
    public void CheckDoesNotReadAYamlTextAsContent()
    {
        // A YAML file given with --text is silently merged into the content: its entries are counted (and could
        // shadow or duplicate the real ones), and the quotes are still "not checked".
        var content = WriteContent();
        var other = Path.Combine(_folder, "other.yaml");
        File.WriteAllText(other, "sources:\n  - id: extra\n    text: book.txt\n");

        var (_, output, _) = Cli("check", content, "--text", other);

        Assert.DoesNotContain("3 entries", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckGivenAContentFileAsTheTextIsNotAnInternalError()
    {
        var content = WriteContent();

        var (_, output, error) = Cli("check", content, "--text", Path.Combine(content, "sources.yaml"));

        Assert.DoesNotContain("FB0999", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSaysATextThatIsAFolderIsAFolder()
    {
        // "Access to the path '...' is denied" sends the user to fix permissions that are fine.
        var content = WriteContent();

        var (exit, _, error) = Cli("check", content, "--text", _folder);

        Assert.Equal(CliApp.CannotRun, exit);
        Assert.Contains("folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckDoesNotHangOnATextThatIsAPipe()
    {
        // File.ReadAllText on a FIFO blocks until something writes to it (and /dev/zero never ends); the content
        // folder's own files go through FileTypes, the --text files do not.
        Assert.SkipWhen(OperatingSystem.IsWindows(), "mkfifo");
        var content = WriteContent();
        var fifo = Path.Combine(_folder, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var check = Task.Run(() => Cli("check", content, "--text", fifo), TestContext.Current.CancellationToken);
        var finished = await Task.WhenAny(check, Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)) == check;
        if (!finished)
        {
            // Release the blocked reader so the test run can end.
            await using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
            {
            }

            await check;
        }

        Assert.True(finished, "factbook check --text <fifo> was still reading after 5 seconds");
        Assert.Equal(CliApp.CannotRun, (await check).Exit);
    }
}
