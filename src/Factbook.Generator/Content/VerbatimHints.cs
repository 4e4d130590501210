namespace Factbook.Generator.Content
{
    /// <summary>
    /// What FB0044 adds after "is not word for word in …": why a quote was not found, as a careful reader would
    /// say it. The quote is there but inside a word; or only capitals or quotation marks differ; or the two go on
    /// differently after some words, shown side by side, with a character the eye cannot see named.
    /// </summary>
    internal static class VerbatimHints
    {
        private const int Shown = 30;

        public static string Empty => "; it is empty: write the words of the text it rests on";

        /// <summary>The quote occurs in the text, but not from a word boundary to a word boundary.</summary>
        public static string InsideAWord(string plainText, TextSearch.PrefixMatch match)
        {
            var start = match.End - match.Length;
            var from = FromWordStart(plainText, Math.Max(0, start - 12), start);
            var to = Math.Min(plainText.Length, match.End + 12);
            var wordEnd = plainText.IndexOf(' ', to);
            wordEnd = wordEnd < 0 ? plainText.Length : wordEnd;
            to = wordEnd - to < 16 ? wordEnd : to;
            var context = (from > 0 ? "..." : string.Empty) + Safe(plainText, from, to).TrimEnd(' ') + (to < plainText.Length ? "..." : string.Empty);
            return "; the text has it only inside a word ('" + MessageText.Quote(context) + "'): a quote must start and end where words do";
        }

        /// <summary>Only capitals, quotation marks or dashes differ: the first such difference, named.</summary>
        public static string OtherCapitalsOrMarks(string markedQuote, string markedText, TextSearch.PrefixMatch foldedMatch)
        {
            var start = foldedMatch.End - foldedMatch.Length;
            for (var k = 0; k < markedQuote.Length && start + k < markedText.Length; k++)
            {
                if (markedQuote[k] != markedText[start + k])
                {
                    return "; the text has it with other capitals or quotation marks: " + Name(markedText[start + k]) + " where the quote has " + Name(markedQuote[k]) + ": copy it from the text";
                }
            }

            return "; the text has it with other capitals or quotation marks: copy it from the text";
        }

        /// <summary>
        /// "; after '…moved strategic' the text goes on 'air defence…' and the quote 'air defense…'", from the last
        /// word boundary the two share, naming the first character where they part if it is one the eye cannot tell.
        /// </summary>
        public static string Divergence(string markedQuote, string markedText, TextSearch.PrefixMatch match)
        {
            var lastBoundary = match.Length <= 0 ? -1 : markedQuote.LastIndexOf(WordBoundaries.Marker, match.Length - 1);
            if (lastBoundary <= 0 && match.Length <= 1)
            {
                return "; the text does not have its first word where a word starts";
            }

            if (lastBoundary <= 0)
            {
                // The quote and the text part inside the first word ("cafe" and "café", a soft hyphen): both, whole.
                var start = match.End - match.Length;
                var textWords = WordBoundaries.Unmark(markedText.Substring(start, Math.Min(markedText.Length - start, Shown * 3)));
                var quoteWords = WordBoundaries.Unmark(markedQuote);
                var first = "; the text has '" + MessageText.Quote(Shortened(textWords)) + "' where the quote has '" + MessageText.Quote(Shortened(quoteWords)) + "'";
                var at = FirstDifference(quoteWords, textWords);
                return at >= 0 && at < textWords.Length && IsEasilyMissed(textWords[at]) ? first + "; the text has " + Name(textWords[at]) + " there"
                    : at >= 0 && at < quoteWords.Length && IsEasilyMissed(quoteWords[at]) ? first + "; the quote has " + Name(quoteWords[at]) + " there"
                    : first;
            }

            var agreedAll = WordBoundaries.Unmark(markedQuote.Substring(0, lastBoundary));
            var agreedFrom = FromWordStart(agreedAll, Math.Max(0, agreedAll.Length - Shown), agreedAll.Length);
            var agreed = (agreedFrom > 0 ? "..." : string.Empty) + Safe(agreedAll, agreedFrom, agreedAll.Length);
            var quoteRest = WordBoundaries.Unmark(markedQuote.Substring(lastBoundary));
            var textStart = match.End - match.Length + lastBoundary;
            var textRest = WordBoundaries.Unmark(markedText.Substring(textStart, Math.Min(markedText.Length - textStart, Shown * 3)));
            var text = textRest.Length == 0 ? "the text ends there" : "the text goes on '" + MessageText.Quote(Shortened(textRest)) + "'";
            var hint = "; after '" + MessageText.Quote(agreed) + "' " + text + " and the quote '" + MessageText.Quote(Shortened(quoteRest)) + "'";
            var parting = FirstDifference(quoteRest, textRest);
            if (parting >= 0)
            {
                if (parting < textRest.Length && IsEasilyMissed(textRest[parting]))
                {
                    hint += "; the text has " + Name(textRest[parting]) + " there";
                }
                else if (parting < quoteRest.Length && IsEasilyMissed(quoteRest[parting]))
                {
                    hint += "; the quote has " + Name(quoteRest[parting]) + " there";
                }
            }

            return hint;
        }

        /// <summary>Lower case, and one form of each quotation mark and dash; one character for one, so lengths and boundaries agree.</summary>
        public static string Fold(string text)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = chars[i] switch
                {
                    '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' or '\u02BC' => '\'',
                    '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                    '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                    _ => char.ToLowerInvariant(chars[i]),
                };
            }

            return new string(chars);
        }

        /// <summary>A character as a reader can tell it apart (<see cref="MessageText.Character"/>).</summary>
        public static string Name(char c) => MessageText.Character(c);

        private static bool IsEasilyMissed(char c) => MessageText.IsEasilyMissed(c);

        private static int FirstDifference(string a, string b)
        {
            var length = Math.Min(a.Length, b.Length);
            for (var i = 0; i < length; i++)
            {
                if (a[i] != b[i])
                {
                    return i;
                }
            }

            return a.Length == b.Length ? -1 : length;
        }

        /// <summary>Where the first word after <paramref name="from"/> starts, if one does before <paramref name="limit"/>.</summary>
        private static int FromWordStart(string text, int from, int limit)
        {
            if (from == 0)
            {
                return 0;
            }

            var space = text.IndexOf(' ', from);
            return space >= 0 && space + 1 < limit ? space + 1 : from;
        }

        /// <summary>The first <see cref="Shown"/> characters or so, cut after a word where one ends.</summary>
        private static string Shortened(string text)
        {
            if (text.Length <= Shown)
            {
                return text;
            }

            var space = text.LastIndexOf(' ', Shown);
            return Safe(text, 0, space > Shown / 3 ? space : Shown) + "...";
        }

        /// <summary>A substring that never starts or ends between the halves of a character.</summary>
        private static string Safe(string text, int from, int to)
        {
            if (from > 0 && from < text.Length && char.IsLowSurrogate(text[from]) && char.IsHighSurrogate(text[from - 1]))
            {
                from--;
            }

            if (to < text.Length && to > from && char.IsHighSurrogate(text[to - 1]) && char.IsLowSurrogate(text[to]))
            {
                to--;
            }

            return text.Substring(from, to - from);
        }
    }
}
