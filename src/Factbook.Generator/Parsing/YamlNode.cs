namespace Factbook.Generator.Parsing
{
    internal enum YamlNodeKind
    {
        Scalar,
        Sequence,
        Mapping,
    }

    /// <summary>
    /// A YAML value as plain, equatable data: scalars stay text (typed later from the schema, so YAML 1.1's
    /// <c>no</c> never turns into a boolean), and every node keeps where it stands for diagnostics.
    /// </summary>
    internal sealed record YamlNode(
        YamlNodeKind Kind,
        string Text,
        bool IsNull,
        SourceSpan Span,
        EquatableArray<YamlNode> Items,
        EquatableArray<YamlMapEntry> Entries)
    {
        public static YamlNode Scalar(string text, bool isNull, SourceSpan span, bool isPlain = true) =>
            new(YamlNodeKind.Scalar, text, isNull, span, EquatableArray<YamlNode>.Empty, EquatableArray<YamlMapEntry>.Empty) { IsPlain = isPlain };

        /// <summary>Whether a scalar is written plain, not quoted or as a block: YAML 1.1 reads only plain <c>yes</c> as a boolean.</summary>
        public bool IsPlain { get; init; } = true;

        public YamlNode? Get(string key)
        {
            foreach (var entry in Entries)
            {
                if (string.Equals(entry.Key.Text, key, StringComparison.Ordinal))
                {
                    return entry.Value;
                }
            }

            return null;
        }

        /// <summary>How an author would name this kind of value in a message.</summary>
        public string Describe() => Kind switch
        {
            YamlNodeKind.Mapping => "a mapping",
            YamlNodeKind.Sequence => "a list",
            _ => IsNull ? "an empty value" : "the text '" + MessageText.Quote(Text) + "'",
        };
    }

    internal sealed record YamlMapEntry(YamlNode Key, YamlNode Value);
}
