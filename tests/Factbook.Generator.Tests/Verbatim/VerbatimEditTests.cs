using Factbook.Generator.Content;
using Factbook.Generator.Model;

namespace Factbook.Generator.Tests.Verbatim;

/// <summary>
/// A text's verdicts are kept while the text is the same: a run with the same quotes searches nothing, and an edit
/// of one quote searches for that quote alone, with what a fresh check says.
/// </summary>
public sealed class VerbatimEditTests
{
    private static readonly SourceSpan Span = new(0, 1, 0, 0, 0, 1);

    private static Citation Quote(string text, int line) => new("/p/q.yaml", text, "Source", "book", "words", new SourceSpan(line * 10, 5, line, 4, line, 9));

    [Fact]
    public void AnEditOfOneQuoteSearchesForThatQuoteAlone()
    {
        var text = string.Join(" ", Enumerable.Range(0, 20_000).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var documents = new[] { new DocumentText("Source", "book", "book.txt", "/p/s.yaml", Span) };
        var file = VerbatimCheck.Read("/p/book.txt", () => text, text.Length, int.MaxValue);
        var quotes = Enumerable.Range(0, 2_000).Select(i => Quote("word" + (i * 7) + " word" + ((i * 7) + 1), i)).ToList();
        var searched = new List<string>();

        var cold = VerbatimCheck.Check(quotes, documents, [file], searched.Add, cancellationToken: TestContext.Current.CancellationToken);
        var again = VerbatimCheck.Check(quotes, documents, [file], searched.Add, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(["/p/book.txt"], searched);
        Assert.Empty(cold);
        Assert.Empty(again);

        quotes[5] = Quote("word35 word37", 5);
        var edited = VerbatimCheck.Check(quotes, documents, [file], searched.Add, cancellationToken: TestContext.Current.CancellationToken);
        var fresh = VerbatimCheck.Check(quotes, documents, [VerbatimCheck.Read("/p/book.txt", () => text, text.Length, int.MaxValue)], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["/p/book.txt", "/p/book.txt"], searched);
        Assert.Equal(fresh, edited);
        Assert.Equal(("FB0044", 5), (Assert.Single(edited).Id, edited[0].Span.StartLine));
    }
}
