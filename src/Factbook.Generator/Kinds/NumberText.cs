using System.Text.RegularExpressions;

namespace Factbook.Generator.Kinds
{
    /// <summary>How people write numbers that number kinds refuse, for the hints of their messages.</summary>
    internal static class NumberText
    {
        public static readonly Regex WholeNumber = new(@"^[-+]?[0-9]+\z", RegexOptions.CultureInvariant);

        public static readonly Regex DecimalNumber = new(@"^[-+]?[0-9]+(\.[0-9]+)?\z", RegexOptions.CultureInvariant);

        // 1,000,000 or 1_000_000: digits grouped in threes, as people write large numbers.
        public static readonly Regex Grouped = new(@"^[-+]?[0-9]{1,3}([,_][0-9]{3})+(\.[0-9]+)?\z", RegexOptions.CultureInvariant);

        // 1,5: a decimal comma, as much of Europe writes fractions.
        public static readonly Regex DecimalComma = new(@"^[-+]?[0-9]+,[0-9]+\z", RegexOptions.CultureInvariant);

        /// <summary>"; write it without separators: 1000000" when <paramref name="kind"/> takes the text without its group separators.</summary>
        public static string? WithoutSeparators(ScalarKind kind, string text) =>
            Grouped.IsMatch(text) && kind.Parse(text.Replace(",", string.Empty).Replace("_", string.Empty)) is { } plain
                ? "; write it without separators: " + plain
                : null;
    }
}
