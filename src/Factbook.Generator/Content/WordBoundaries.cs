using System.Globalization;
using System.Text;

namespace Factbook.Generator.Content
{
    /// <summary>
    /// Where a quote may start and end: between words, never inside one ("she can" is not in "she cannot"),
    /// never between a letter and its accent ("e" is not in "e\u0301") or between the halves of a character.
    /// Scripts written without spaces (Chinese, Japanese, Thai…) have a boundary between any two characters.
    /// A plain substring search over both texts, with <see cref="Marker"/> written at every boundary, finds
    /// exactly the quotes that occur from boundary to boundary.
    /// </summary>
    internal static class WordBoundaries
    {
        /// <summary>U+FFFF, a noncharacter that no text holds; one that does has it read as U+FFFD.</summary>
        public const char Marker = '\uFFFF';

        /// <summary>The text with <see cref="Marker"/> at its start, its end and every boundary between.</summary>
        public static string Mark(string text)
        {
            var marked = new StringBuilder(text.Length + (text.Length / 3) + 2).Append(Marker);
            for (var i = 0; i < text.Length; i++)
            {
                if (i > 0 && IsBoundary(text, i))
                {
                    marked.Append(Marker);
                }

                marked.Append(text[i] == Marker ? '\uFFFD' : text[i]);
            }

            return marked.Append(Marker).ToString();
        }

        /// <summary>How many characters of the unmarked text precede the last boundary within the first <paramref name="length"/> of the marked one.</summary>
        public static int UnmarkedLengthToBoundary(string marked, int length)
        {
            var last = length <= 0 ? -1 : marked.LastIndexOf(Marker, length - 1);
            var count = 0;
            for (var i = 0; i < last; i++)
            {
                if (marked[i] != Marker)
                {
                    count++;
                }
            }

            return count;
        }

        private static bool IsBoundary(string text, int i)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                return false;
            }

            var after = CharUnicodeInfo.GetUnicodeCategory(text, i);
            if (after is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                return false; // an accent, or a joiner, belongs to the character before it
            }

            var previous = i >= 2 && char.IsLowSurrogate(text[i - 1]) && char.IsHighSurrogate(text[i - 2]) ? i - 2 : i - 1;
            var before = CharUnicodeInfo.GetUnicodeCategory(text, previous);
            return !(IsWordPart(before) && IsWordPart(after)) || IsUnspaced(CodePoint(text, previous)) || IsUnspaced(CodePoint(text, i));
        }

        private static bool IsWordPart(UnicodeCategory category) => category is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
            UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or
            UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark or
            UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.ConnectorPunctuation;

        private static int CodePoint(string text, int i) =>
            char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];

        /// <summary>Scripts whose words are not separated by spaces: every character starts a possible quote.</summary>
        private static bool IsUnspaced(int codePoint) =>
            (codePoint >= 0x0E00 && codePoint <= 0x0EFF) || // Thai, Lao
            (codePoint >= 0x1000 && codePoint <= 0x109F) || // Myanmar
            (codePoint >= 0x1780 && codePoint <= 0x17FF) || // Khmer
            (codePoint >= 0x2E80 && codePoint <= 0x9FFF) || // CJK radicals, kana, ideographs
            (codePoint >= 0xF900 && codePoint <= 0xFAFF) || // CJK compatibility ideographs
            (codePoint >= 0xFF66 && codePoint <= 0xFF9F) || // halfwidth katakana
            (codePoint >= 0x20000 && codePoint <= 0x3FFFF); // CJK extensions
    }
}
