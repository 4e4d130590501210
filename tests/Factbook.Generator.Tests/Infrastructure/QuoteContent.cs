namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>Content for tests of quotes checked against their text: a source that names its text file, and quotes that cite it.</summary>
internal static class QuoteContent
{
    public const string Schema = """
        types:
          Source:
            fields:
              text: { type: file, optional: true }
          Quote:
            fields:
              source: Source
              words: { type: string, verbatim_in: source }
        """;

    /// <summary>A text for <c>book.txt</c>: a line, a sentence, letters beyond the BMP (𝔘𝔫𝔦) and an <c>e</c> with a combining accent.</summary>
    public const string Text = "First line.\nThe minister said she cannot support the bill. 𝔘𝔫𝔦 and e\u0301 composed.\n";

    /// <summary>One source, <c>book</c>, whose text is the file named <paramref name="file"/>.</summary>
    public static string Sources(string file = "book.txt") => "sources:\n  - id: book\n    text: " + YamlText.DoubleQuoted(file) + "\n";

    /// <summary>Quotes <c>q0</c>, <c>q1</c>… of <c>book</c>, one for each text, each text on line 4 + 4n at column 12.</summary>
    public static string Quotes(params string[] words) =>
        "quotes:\n" + string.Concat(words.Select((text, i) => $"  - id: q{i}\n    source: book\n    words: {YamlText.DoubleQuoted(text)}\n"));
}
