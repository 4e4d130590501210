using System.IO;
using System.Threading;
using Factbook.Cli;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Factbook.Generator.Tests.Verbatim;

/// <summary>
/// Quotes are never left unchecked in silence: a document that names no text, or a text that is not among the
/// project's files (with the file a typo away named), is FB0045; a text that is not text (a PDF, UTF-16 without a
/// byte order mark, Latin-1) is FB0047 at the document's file value, from the build and from the checker alike.
/// </summary>
public sealed class QuotesNotCheckedTests : IDisposable
{
    private readonly TempFolder _temp = new("notchecked");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ATextNamedWithATypoGetsTheFileItMeant()
    {
        var run = GeneratorHarness.Run([
            new ContentFile("/p/content/q.schema.yaml", QuoteContent.Schema),
            new ContentFile("/p/content/sources.yaml", QuoteContent.Sources("speach.txt")),
            new ContentFile("/p/content/quotes.yaml", QuoteContent.Quotes("First words")),
            new ContentFile("/p/texts/speech.txt", "First words of the speech."),
        ]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("FB0045", "/p/content/sources.yaml", 3, 11), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Equal("Quotes and excerpts were not checked word for word (1): Source 'book' names 'speach.txt', which is not among the project's AdditionalFiles; did you mean 'speech.txt'?; add it there (or give it to 'factbook check --text') to check them", diagnostic.GetMessage());
    }

    /// <summary>A PDF's start (binary, two NULs in a row), UTF-16 without a byte order mark, Latin-1 (é as one byte, invalid UTF-8).</summary>
    private static readonly (string Why, byte[] Bytes, string Reason)[] NotTextFiles =
    [
        ("a PDF", [.. Encoding.ASCII.GetBytes("%PDF-1.7\n"), 0, 0, 0x93, 0x8C, 0x8B, 0x9E, .. Encoding.ASCII.GetBytes("\nFirst words\n")], "it is a binary file, not text (a PDF or a word processor's file: save its text as UTF-8 and name that)"),
        ("UTF-16 without a byte order mark", new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes("First words of the speech."), "it holds NUL characters (UTF-16 without a byte order mark, or a binary file): save it as UTF-8"),
        ("Latin-1", Encoding.Latin1.GetBytes("First words of the caf\u00E9's speech."), "it is not UTF-8, or holds U+FFFD where bytes were not (Latin-1 or another code page): save it as UTF-8"),
    ];

    public static TheoryData<string, byte[], string> NotText => new(NotTextFiles);

    [Theory]
    [MemberData(nameof(NotText))]
    public void ATextThatIsNotTextIsAnErrorAtItsName(string why, byte[] bytes, string reason)
    {
        var texts = new AdditionalText[]
        {
            new InMemoryAdditionalText("/p/content/q.schema.yaml", QuoteContent.Schema),
            new InMemoryAdditionalText("/p/content/sources.yaml", QuoteContent.Sources()),
            new InMemoryAdditionalText("/p/content/quotes.yaml", QuoteContent.Quotes("First words")),
            new CompilerReadAdditionalText("/p/texts/book.txt", bytes),
        };

        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken);

        var diagnostic = Assert.Single(driver.GetRunResult().Diagnostics);
        Assert.Equal(("FB0047", "/p/content/sources.yaml", 3, 11), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column()));
        Assert.Equal("'book.txt', the text of Source 'book', cannot be checked: " + reason, diagnostic.GetMessage());
        Assert.True(diagnostic.Severity == DiagnosticSeverity.Error, why);
    }

    [Theory]
    [MemberData(nameof(NotText))]
    public void TheCheckerSaysTheSameOfATextThatIsNotText(string why, byte[] bytes, string reason)
    {
        var content = Path.Combine(_temp.Root, "content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "q.schema.yaml"), QuoteContent.Schema);
        File.WriteAllText(Path.Combine(content, "sources.yaml"), QuoteContent.Sources());
        File.WriteAllText(Path.Combine(content, "quotes.yaml"), QuoteContent.Quotes("First words"));
        File.WriteAllBytes(Path.Combine(_temp.Root, "book.txt"), bytes);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApp.Run(["check", content, "--text", Path.Combine(_temp.Root, "book.txt")], output, error);

        Assert.True(exit == CliApp.ContentErrors, why + ": " + output + error);
        Assert.Contains("sources.yaml(3,11): error FB0047: 'book.txt', the text of Source 'book', cannot be checked: " + reason, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UTF16WithAByteOrderMarkIsText()
    {
        var texts = new AdditionalText[]
        {
            new InMemoryAdditionalText("/p/content/q.schema.yaml", QuoteContent.Schema),
            new InMemoryAdditionalText("/p/content/sources.yaml", QuoteContent.Sources()),
            new InMemoryAdditionalText("/p/content/quotes.yaml", QuoteContent.Quotes("First words")),
            new CompilerReadAdditionalText("/p/texts/book.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("First words of the speech.")]),
        };

        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken);

        Assert.Empty(driver.GetRunResult().Diagnostics);
    }

    [Fact]
    public void AFileThatNoQuoteCitesIsNeverReadAsText()
    {
        // A file field may name a photo or a PDF that nothing quotes: reading it would make the compiler report it
        // (CS2015) and Factbook call it not text.
        var photo = new CompilerReadAdditionalText("/p/images/harbour.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0, 0x4A, 0x46]);
        var texts = new AdditionalText[]
        {
            new InMemoryAdditionalText("/p/content/q.schema.yaml", QuoteContent.Schema),
            new InMemoryAdditionalText("/p/content/sources.yaml", QuoteContent.Sources("harbour.jpg")),
            photo,
        };

        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(GeneratorHarness.CreateCompilation(), TestContext.Current.CancellationToken);

        Assert.Empty(driver.GetRunResult().Diagnostics);
        Assert.Equal(0, photo.Reads);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void ARealBuildLocatesEveryTextThatIsNotText()
    {
        using var copy = RepositoryCopy.Create();
        var project = Path.Combine(_temp.Root, "app");
        _temp.WriteConsumerProject("app/App.csproj", copy, "content/*.yaml;texts/*");
        Directory.CreateDirectory(Path.Combine(project, "content"));
        File.WriteAllText(Path.Combine(project, "content", "q.schema.yaml"), QuoteContent.Schema);
        var names = new[] { "pdf", "utf16", "latin1" };
        File.WriteAllText(Path.Combine(project, "content", "sources.yaml"), "sources:\n" + string.Concat(names.Select(name => $"  - id: {name}\n    text: {name}.txt\n")));
        File.WriteAllText(Path.Combine(project, "content", "quotes.yaml"), "quotes:\n" + string.Concat(names.Select(name => $"  - id: q-{name}\n    source: {name}\n    words: First words\n")));
        Directory.CreateDirectory(Path.Combine(project, "texts"));
        var bytes = NotTextFiles.Select(file => file.Bytes).ToList();
        for (var i = 0; i < names.Length; i++)
        {
            File.WriteAllBytes(Path.Combine(project, "texts", names[i] + ".txt"), bytes[i]);
        }

        File.WriteAllText(Path.Combine(project, "Program.cs"), "System.Console.WriteLine(App.Content.Quotes.Count);\n");

        var (exit, output) = DotnetCommand.Run(project, "build", "--disable-build-servers", "-nologo");

        Assert.NotEqual(0, exit);
        var located = output.Split('\n').Where(line => line.Contains("error FB0047", StringComparison.Ordinal)).Select(line => line.Trim()).Distinct().ToList();
        for (var i = 0; i < names.Length; i++)
        {
            Assert.True(located.Any(line => line.Contains($"sources.yaml({3 + (2 * i)},11): error FB0047: '{names[i]}.txt'", StringComparison.Ordinal)), output);
        }
    }

    /// <summary>
    /// A file on disk as the compiler hands it to a generator: decoded by its byte order mark, else as UTF-8, else
    /// with a fallback code page (the text's encoding says which); no text at all for a binary file.
    /// </summary>
    private sealed class CompilerReadAdditionalText(string path, byte[] bytes) : AdditionalText
    {
        public override string Path { get; } = path;

        public int Reads { get; private set; }

        public override SourceText? GetText(CancellationToken cancellationToken = default)
        {
            Reads++;
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)))
            {
                return SourceText.From(new MemoryStream(bytes), canBeEmbedded: true);
            }

            string text;
            Encoding encoding;
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
                encoding = new UTF8Encoding(false);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.Latin1.GetString(bytes);
                encoding = Encoding.Latin1;
            }

            return text.Contains("\0\0", StringComparison.Ordinal) ? null : SourceText.From(text, encoding);
        }
    }
}
