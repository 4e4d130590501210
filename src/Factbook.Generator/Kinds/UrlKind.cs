namespace Factbook.Generator.Kinds
{
    /// <summary><c>url</c>: an absolute http or https URL, as <c>System.Uri</c>.</summary>
    internal sealed class UrlKind : ScalarKind
    {
        public override string Keyword => "url";

        public override string Expectation => "an absolute http or https URL";

        public override string? Parse(string text) => IsHttpUrl(text) ? text : null;

        /// <summary>
        /// What is wrong, as the eye would miss it: a character a URL cannot hold (a no-break space pasted from a page),
        /// or several addresses in one value; else how a URL is written.
        /// </summary>
        public override string Explain(string text)
        {
            var addresses = Addresses(text);
            if (addresses.Count > 1)
            {
                return "; it holds " + addresses.Count.ToString(CultureInfo.InvariantCulture) + " addresses ('" + MessageText.Quote(addresses[0]) + "' and '" + MessageText.Quote(addresses[1]) + "'" +
                    (addresses.Count > 2 ? " and more" : string.Empty) + "): give one, or make the field a list of URLs (type: url[])";
            }

            var bad = FirstRefused(text);
            if (bad >= 0 && (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            {
                return "; it holds " + MessageText.Character(text[bad]) + " after '" + MessageText.Quote(text.Substring(0, bad)) + "', which a URL cannot hold: delete it";
            }

            return "; write the whole address, starting https:// or http://";
        }

        /// <summary>The addresses in a value where one was expected: each start of http:// or https://.</summary>
        private static System.Collections.Generic.List<string> Addresses(string text)
        {
            var starts = new System.Collections.Generic.List<int>();
            for (var at = 0; at < text.Length; at++)
            {
                // An address inside another (an archive's, a redirect's) follows a '/' or '=': only one after a space or a
                // separator is another address.
                var separate = at == 0 || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is ',' or ';' or '|';
                if (separate && (string.Compare(text, at, "http://", 0, 7, StringComparison.OrdinalIgnoreCase) == 0 || string.Compare(text, at, "https://", 0, 8, StringComparison.OrdinalIgnoreCase) == 0))
                {
                    starts.Add(at);
                    at += 6;
                }
            }

            var addresses = new System.Collections.Generic.List<string>();
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
                addresses.Add(text.Substring(starts[i], end - starts[i]).TrimEnd(' ', '-', ',', ';', '|', '\t'));
            }

            return addresses;
        }

        public override string CSharpType(EmitContext context) => "global::System.Uri";

        public override string Decode(string reader, EmitContext context) => "new global::System.Uri(" + reader + ".String())";

        public override JsonSchemaFacts JsonSchema { get; } = new("string") { Pattern = "^https?://" };

        /// <summary>Where the first character a URL never holds is (a space, a control or format character), or -1.</summary>
        private static int FirstRefused(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++; // a whole character beyond U+FFFF, as internationalised addresses may hold
                    continue;
                }

                if (char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// A URL never holds spaces, control or format characters (RFC 3986), and refusing them first keeps
        /// bidi tricks out and <c>Uri</c> away from input it throws on ("//\u202E").
        /// </summary>
        private static bool IsHttpUrl(string text)
        {
            if (FirstRefused(text) >= 0)
            {
                return false;
            }

            try
            {
                return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
            }
            catch (Exception exception) when (exception is IndexOutOfRangeException or ArgumentException or FormatException or InvalidOperationException)
            {
                return false; // Uri.TryCreate itself throws on some input on .NET 10
            }
        }
    }
}
