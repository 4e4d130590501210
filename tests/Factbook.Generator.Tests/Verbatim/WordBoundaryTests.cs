using System.IO;
using CsCheck;
using Factbook.Cli;
using Factbook.Generator.Content;
using Factbook.Generator.Model;
using ICU4N.Text;

namespace Factbook.Generator.Tests.Verbatim;

/// <summary>
/// A quote is word for word only from a word boundary to a word boundary of Unicode's word segmentation (UAX #29),
/// in one normalisation form, and a quote that is not says why as a careful reader would: cut inside a word, a
/// character the eye cannot see, the text's own words beside the quote's. The same cases go through the build and
/// through <c>factbook check --text</c>; ICU's word break iterator is the independent oracle for the boundaries.
/// </summary>
public sealed class WordBoundaryTests : IDisposable
{
    private readonly TempFolder _temp = new("words");

    public void Dispose() => _temp.Dispose();

    /// <summary>A quote, the text it is checked against, and the words the FB0044 message must hold (null: it passes).</summary>
    public static TheoryData<string, string, string, string?> Cases => new()
    {
        { "a dropped negation", "minister said she can", "The minister said she can't confirm it.", "the text has it only inside a word ('The minister said she can't confirm it.'): a quote must start and end where words do" },
        { "a dropped negation, typographic apostrophe", "Officials said Russia won", "Officials said Russia won\u2019t withdraw.", "the text has it only inside a word ('Officials said Russia won\u2019t withdraw.'): a quote must start and end where words do" },
        { "a number cut at its thousands", "confirm that 1", "They confirm that 1,000 troops left.", "the text has it only inside a word ('They confirm that 1,000 troops left.'): a quote must start and end where words do" },
        { "a number cut at its decimal point", "Prices rose 3", "Prices rose 3.5% in May.", "the text has it only inside a word ('Prices rose 3.5% in May.'): a quote must start and end where words do" },
        { "a name cut after its apostrophe", "Brien said", "Mr O'Brien said no.", "the text has it only inside a word ('Mr O'Brien said no.'): a quote must start and end where words do" },
        { "whole words with an apostrophe", "she can't confirm", "The minister said she can't confirm it.", null },
        { "a whole number", "1,000 troops", "They confirm that 1,000 troops left.", null },
        { "a decomposed accent against a composed one", "caf\u00E9 au lait", "A cafe\u0301 au lait, please.", null },
        { "a composed accent against a decomposed one", "cafe\u0301 au lait", "A caf\u00E9 au lait, please.", null },
        { "a no-break space is a space", "10 km", "The border is 10\u00A0km away.", null },
        { "a soft hyphen in the text", "air defence systems", "Its air defen\u00ADce systems moved.", "after 'air ' the text goes on 'defen\\u00ADce systems moved.' and the quote 'defence systems'; the text has U+00AD (soft hyphen) there" },
        { "a zero-width space in the quote", "air \u200Bdefence systems", "Its air defence systems moved.", "after 'air ' the text goes on 'defence systems moved.' and the quote '\\u200Bdefence systems'; the quote has U+200B (zero-width space) there" },
        { "a zero-width space in the text", "air defence systems", "Its air \u200Bdefence systems moved.", "after 'air ' the text goes on '\\u200Bdefence systems moved.' and the quote 'defence systems'; the text has U+200B (zero-width space) there" },
        { "another apostrophe", "Russia's losses", "Russia\u2019s losses grew.", "the text has it with other capitals or quotation marks: \u2019 (U+2019, right single quotation mark) where the quote has ' (U+0027, apostrophe): copy it from the text" },
        { "other quotation marks", "the \"likely\" move", "It was the \u201Clikely\u201D move.", "the text has it with other capitals or quotation marks: \u201C (U+201C, left double quotation mark) where the quote has \" (U+0022, quotation mark): copy it from the text" },
        { "a sentence whose space was lost", "Russia has likely moved", "Thank you.Russia has likely moved them.", null },
        { "a soft hyphen inside the first word", "cooperate fully", "They cooperate fully.", null },
        { "a soft hyphen in the text's first word", "cooperate fully", "They co\u00ADoperate fully.", "the text has 'co\\u00ADoperate fully.' where the quote has 'cooperate fully'; the text has U+00AD (soft hyphen) there" },
        { "an accent in the text's first word", "cafe au lait", "A caf\u00E9 au lait.", "the text has 'caf\u00E9 au lait.' where the quote has 'cafe au lait'" },
        { "an abbreviation stays one word", "S. troops", "The U.S. troops left.", "the text has it only inside a word ('The U.S. troops left.'): a quote must start and end where words do" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheBuildSaysWhatACarefulReaderWould(string why, string quote, string text, string? fix)
    {
        var run = GeneratorHarness.Run([
            new ContentFile("/p/content/q.schema.yaml", QuoteContent.Schema),
            new ContentFile("/p/content/sources.yaml", QuoteContent.Sources()),
            new ContentFile("/p/content/quotes.yaml", QuoteContent.Quotes(quote)),
            new ContentFile("/p/texts/book.txt", text),
        ]);

        AssertVerdict(why, quote, fix, run.GeneratorDiagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Line(), diagnostic.Column(), diagnostic.GetMessage())).ToList());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheCheckerSaysTheSame(string why, string quote, string text, string? fix)
    {
        var content = Path.Combine(_temp.Root, "content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "q.schema.yaml"), QuoteContent.Schema);
        File.WriteAllText(Path.Combine(content, "sources.yaml"), QuoteContent.Sources());
        File.WriteAllText(Path.Combine(content, "quotes.yaml"), QuoteContent.Quotes(quote));
        File.WriteAllText(Path.Combine(_temp.Root, "book.txt"), text);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApp.Run(["check", content, "--text", Path.Combine(_temp.Root, "book.txt")], output, error);

        var lines = output.ToString().Split('\n').Where(line => line.Contains(": error FB", StringComparison.Ordinal)).ToList();
        var reported = lines.Select(line => ParseLine(line)).ToList();
        AssertVerdict(why, quote, fix, reported);
        Assert.Equal(fix is null ? CliApp.Success : CliApp.ContentErrors, exit);
    }

    private static (string Id, string Path, int Line, int Column, string Message) ParseLine(string line)
    {
        // path(line,column): error FBnnnn: message
        var open = line.IndexOf("): error ", StringComparison.Ordinal);
        var position = line.LastIndexOf('(', open);
        var numbers = line.Substring(position + 1, open - position - 1).Split(',');
        var rest = line.Substring(open + "): error ".Length);
        var id = rest.Substring(0, rest.IndexOf(':', StringComparison.Ordinal));
        return (id, line.Substring(0, position), int.Parse(numbers[0], CultureInfo.InvariantCulture), int.Parse(numbers[1], CultureInfo.InvariantCulture), rest.Substring(id.Length + 2).TrimEnd('\r'));
    }

    private static void AssertVerdict(string why, string quote, string? fix, List<(string Id, string Path, int Line, int Column, string Message)> reported)
    {
        if (fix is null)
        {
            Assert.True(reported.Count == 0, why + ": " + string.Join("\n", reported.Select(item => item.Message)));
            return;
        }

        var (id, path, line, column, message) = Assert.Single(reported);
        Assert.Equal(("FB0044", "quotes.yaml", 4, 12), (id, Path.GetFileName(path), line, column));
        Assert.StartsWith("'" + Factbook.Generator.Diagnostics.MessageText.Quote(VerbatimCheck.Normalise(quote)) + "' in the field 'words' is not word for word", message, StringComparison.Ordinal);
        Assert.EndsWith("; " + fix, message, StringComparison.Ordinal);
    }

    // ---- The boundaries against ICU's ----

    /// <summary>
    /// Letters (with accents and a capital after a full stop), digits, the punctuation UAX #29 treats inside
    /// words, spaces, a combining mark, format characters and Hebrew: the classes whose rules interact. Scripts
    /// that ICU segments with a dictionary (Thai, Chinese, Japanese) and emoji (whose rules changed after ICU 60's
    /// Unicode 10) are left out: there ICU is no oracle for UAX #29 itself.
    /// </summary>
    private const string Alphabet = "abAB1 2'\u2019.,:;-%\"_\u00E9\u0301\u00AD\u200B\u05D0\u05D1";

    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("FACTBOOK_PROPERTY_ITERATIONS"), out var iterations) ? iterations * 10 : 250;

    [Fact]
    public void TheCheckAcceptsExactlyTheSubstringsFromBoundaryToBoundary()
    {
        var texts = Gen.Char[Alphabet].Array[1, 24].Select(chars => VerbatimCheck.Normalise(new string(chars))).Where(text => text.Length > 0);
        var samples = texts.SelectMany(text => Gen.Int[0, text.Length - 1].SelectMany(start => Gen.Int[start + 1, text.Length].Select(end => (Text: text, Start: start, End: end))));

        samples.Sample(
            sample =>
            {
                var quote = sample.Text.Substring(sample.Start, sample.End - sample.Start);
                if (quote != VerbatimCheck.Normalise(quote))
                {
                    return; // a quote with an outer space, or a lone accent, is another quote once normalised
                }

                var boundaries = OracleBoundaries(sample.Text);
                var expected = Occurrences(sample.Text, quote).Any(at => boundaries.Contains(at) && boundaries.Contains(at + quote.Length));
                Assert.True(expected == Accepts(sample.Text, quote), $"'{Visible(quote)}' in '{Visible(sample.Text)}': the oracle says {expected}");
            },
            iter: Iterations,
            print: sample => Visible(sample.Text) + " [" + sample.Start + ".." + sample.End + ")");
    }

    [Fact]
    public void WhereAQuoteIsShownNeverDependsOnTheOtherQuotes()
    {
        // The earliest place a prefix ends is kept, whichever other patterns share the search.
        const string Text = "We concatenate it. Then scatter them. A boxcat.";

        var alone = TextSearch.LongestPrefixMatches(Text, ["cat"], TestContext.Current.CancellationToken);
        var withOthers = TextSearch.LongestPrefixMatches(Text, ["ncat", "cat", "xcat"], TestContext.Current.CancellationToken);
        var otherOrder = TextSearch.LongestPrefixMatches(Text, ["xcat", "ncat", "cat"], TestContext.Current.CancellationToken);

        Assert.Equal(Text.IndexOf("cat", StringComparison.Ordinal) + 3, alone[0].End);
        Assert.Equal(alone[0].End, withOthers[1].End);
        Assert.Equal(alone[0].End, otherOrder[2].End);
    }

    [Fact]
    public void TheOracleAgreesWithTheIssuesCases()
    {
        // The oracle itself, on the cases a reader settles at a glance.
        Assert.DoesNotContain("she can't".Length - 2, OracleBoundaries("she can't"));
        Assert.DoesNotContain(1, OracleBoundaries("1,000"));
        Assert.DoesNotContain(2, OracleBoundaries("O'Brien"));
        Assert.Contains("Thank you.".Length, OracleBoundaries("Thank you.Russia"));
    }

    private static bool Accepts(string text, string quote)
    {
        var span = new SourceSpan(0, 1, 0, 0, 0, 1);
        var diagnostics = VerbatimCheck.Check(
            [new Citation("/p/q.yaml", quote, "Source", "book", "words", span)],
            [new DocumentText("Source", "book", "book.txt", "/p/s.yaml", span)],
            [VerbatimCheck.Read("/p/book.txt", () => text, text.Length, int.MaxValue)]);
        return diagnostics.Count == 0;
    }

    /// <summary>ICU's word boundaries, with the one tailoring the check makes: a full stop between a lower-case letter and a capital ends a sentence.</summary>
    private static HashSet<int> OracleBoundaries(string text)
    {
        var iterator = BreakIterator.GetWordInstance(CultureInfo.InvariantCulture);
        iterator.SetText(text);
        var boundaries = new HashSet<int>();
        for (var at = iterator.First(); at != BreakIterator.Done; at = iterator.Next())
        {
            boundaries.Add(at);
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '.')
            {
                continue;
            }

            var before = i - 1;
            while (before >= 0 && IsAttached(text[before]))
            {
                before--;
            }

            var after = i + 1;
            while (after < text.Length && IsAttached(text[after]))
            {
                after++;
            }

            if (before >= 0 && after < text.Length && char.IsLower(text[before]) && char.IsUpper(text[after]))
            {
                boundaries.Add(i);
                boundaries.Add(after);
            }
        }

        return boundaries;
    }

    private static bool IsAttached(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark ||
        (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c != '\u200B');

    private static IEnumerable<int> Occurrences(string text, string quote)
    {
        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    private static string Visible(string text) =>
        string.Concat(text.Select(c => c < 0x7F && c >= ' ' ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
}
