using System.Text.RegularExpressions;

namespace Factbook.Generator.Kinds
{
    /// <summary>
    /// <c>datetime</c>: an ISO 8601 moment with its offset (<c>2023-11-02T10:15:00Z</c>,
    /// <c>2023-11-02T10:15:00+01:00</c>), as <c>DateTimeOffset</c>. Without an offset the moment is ambiguous,
    /// so it is refused with a message that says to add one.
    /// </summary>
    internal sealed class DateTimeKind : ScalarKind
    {
        // The shape alone, with ASCII digits; DateTimeOffset then checks the values.
        private static readonly Regex Pattern = new(
            @"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})\z",
            RegexOptions.CultureInvariant);

        private static readonly Regex WithoutOffset = new(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?\z", RegexOptions.CultureInvariant);

        public override string Keyword => "datetime";

        public override string Expectation => "a date and time with its offset, such as 2023-11-02T10:15:00Z";

        public override string? Parse(string text) =>
            Pattern.IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
                ? moment.ToString("o", CultureInfo.InvariantCulture)
                : null;

        public override string Explain(string text) =>
            WithoutOffset.IsMatch(text) ? "; it has no offset, so the moment is ambiguous: add Z for UTC or the offset, as in " + text.Replace(' ', 'T') + "Z or " + text.Replace(' ', 'T') + "+01:00"
            : Pattern.IsMatch(text) ? "; that date or time does not exist, or its offset is outside -14:00 to +14:00, or the moment falls outside the years 1 to 9999"
            : "; write it as 2023-11-02T10:15:00Z or 2023-11-02T10:15:00+01:00";

        public override string CSharpType(EmitContext context) => "global::System.DateTimeOffset";

        public override string Decode(string reader, EmitContext context) =>
            "global::System.DateTimeOffset.ParseExact(" + reader + ".String(), \"o\", global::System.Globalization.CultureInfo.InvariantCulture)";

        public override JsonSchemaFacts JsonSchema { get; } =
            new("string") { Pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})$" };
    }
}
