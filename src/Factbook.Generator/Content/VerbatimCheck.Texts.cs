namespace Factbook.Generator.Content
{
    /// <summary>
    /// A text file of the project that a document names (a field of type <c>file</c>): its path, and its text as it
    /// is searched, whitespace normalised (<see cref="VerbatimCheck.Normalise"/>) and word boundaries marked
    /// (<see cref="WordBoundaries.Mark"/>), made once when the file is read rather than on every check; or null,
    /// with why it could not be read: <paramref name="Problem"/> when it was not (too large), <paramref name="NotText"/>
    /// when it is not text at all (a PDF, UTF-16 without a byte order mark, Latin-1).
    /// </summary>
    internal sealed record SourceTextFile(string Path, string? MarkedText, string Problem = "", string NotText = "");

    /// <summary>Reading the texts quotes are checked against: what is not text, the size limit, and the form they are searched in.</summary>
    internal static partial class VerbatimCheck
    {
        /// <summary>Why a file read as <paramref name="text"/> is not text, or null when it is.</summary>
        /// <param name="text">The file's characters, or null when it could not be decoded at all (the compiler refuses a binary file).</param>
        /// <param name="decodedAsUnicode">Whether it was read as UTF-8 (or UTF-16 or UTF-32 after a byte order mark), not with a fallback code page.</param>
        public static string? NotTextReason(string? text, bool decodedAsUnicode)
        {
            if (text is null || text.IndexOf("\0\0", StringComparison.Ordinal) >= 0)
            {
                return "it is a binary file, not text (a PDF or a word processor's file: save its text as UTF-8 and name that)";
            }

            if (text.IndexOf('\0') >= 0)
            {
                return "it holds NUL characters (UTF-16 without a byte order mark, or a binary file): save it as UTF-8";
            }

            // A build reads bytes that are not UTF-8 as U+FFFD (or, without a code page, with a fallback one).
            // One reason for both: a build reads bytes that are not UTF-8 as U+FFFD, or with a fallback code page.
            return !decodedAsUnicode || text.IndexOf('\uFFFD') >= 0
                ? "it is not UTF-8, or holds U+FFFD where bytes were not (Latin-1 or another code page): save it as UTF-8"
                : null;
        }


        /// <summary>Reads a named text file, within the same size limit as a YAML file; a file that is not text is said so (<see cref="NotTextReason"/>).</summary>
        public static SourceTextFile Read(string path, Func<string?> read, int length, int maxChars, bool decodedAsUnicode = true)
        {
            if (length > maxChars)
            {
                return new SourceTextFile(path, null, "is larger than FactbookMaxFileChars (" + maxChars.ToString("N0", CultureInfo.InvariantCulture) + " characters)");
            }

            var text = read();
            return NotTextReason(text, decodedAsUnicode) is { } reason
                ? new SourceTextFile(path, null, NotText: reason)
                : new SourceTextFile(path, WordBoundaries.Mark(Normalise(text!)));
        }

        /// <summary>
        /// The text in Unicode's composed form (NFC), so "café" with a combining accent is "café" composed, with every
        /// run of whitespace (spaces, tabs, line breaks, no-break spaces) as one space, none at either end.
        /// </summary>
        public static string Normalise(string text)
        {
            text = Composed(text);
            var builder = new StringBuilder(text.Length);
            var pendingSpace = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }

            return builder.ToString();
        }

        /// <summary>
        /// NFC, one piece at a time between lone surrogates, which the runtime refuses to normalise (they stay as they
        /// are, and match only themselves).
        /// </summary>
        private static string Composed(string text)
        {
            try
            {
                return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
            }
            catch (Exception error) when (error is ArgumentException or PlatformNotSupportedException)
            {
                var builder = new StringBuilder(text.Length);
                var start = 0;
                for (var i = 0; i <= text.Length; i++)
                {
                    var lone = i < text.Length && char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]));
                    if (lone || i == text.Length)
                    {
                        builder.Append(ComposedOrAsIs(text.Substring(start, i - start)));
                        if (lone)
                        {
                            builder.Append(text[i]);
                        }

                        start = i + 1;
                    }
                }

                return builder.ToString();
            }
        }

        private static string ComposedOrAsIs(string piece)
        {
            try
            {
                return piece.Normalize(NormalizationForm.FormC);
            }
            catch (Exception error) when (error is ArgumentException or PlatformNotSupportedException)
            {
                return piece;
            }
        }
    }
}
