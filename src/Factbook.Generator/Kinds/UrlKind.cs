using System;
using System.Globalization;
using Factbook.Generator.Emit;

namespace Factbook.Generator.Kinds
{
    /// <summary><c>url</c>: an absolute http or https URL, as <c>System.Uri</c>.</summary>
    internal sealed class UrlKind : ScalarKind
    {
        public override string Keyword => "url";

        public override string Expectation => "an absolute http or https URL";

        public override string? Parse(string text) => IsHttpUrl(text) ? text : null;

        public override string Explain(string text) => "; write the whole address, starting https:// or http://";

        public override string CSharpType(EmitContext context) => "global::System.Uri";

        public override string Decode(string reader, EmitContext context) => "new global::System.Uri(" + reader + ".String())";

        public override JsonSchemaFacts JsonSchema { get; } = new("string") { Pattern = "^https?://" };

        /// <summary>
        /// A URL never holds spaces, control or format characters (RFC 3986), and refusing them first keeps
        /// bidi tricks out and <c>Uri</c> away from input it throws on ("//\u202E").
        /// </summary>
        private static bool IsHttpUrl(string text)
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
                    return false;
                }
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
