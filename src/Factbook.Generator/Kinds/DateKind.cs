using System.Text.RegularExpressions;

namespace Factbook.Generator.Kinds
{
    /// <summary>
    /// <c>date</c>: a full date, a year and month, or a year alone, as the generated <c>PartialDate</c>:
    /// articles say "May" and "1946", and a made-up full date would claim more than the source does.
    /// </summary>
    internal sealed class DateKind : ScalarKind
    {
        // [0-9], not \d: \d matches every Unicode digit, which int.Parse then refuses.
        private static readonly Regex DatePattern = new(@"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\z", RegexOptions.CultureInvariant);

        // A date followed by a time of day, as ISO 8601 and most tools write timestamps.
        private static readonly Regex WithTimePattern = new(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})([T ].*)\z", RegexOptions.CultureInvariant);

        public override string Keyword => "date";

        public override string Expectation => "a date written YYYY, YYYY-MM or YYYY-MM-DD";

        public override string? Parse(string text)
        {
            var match = DatePattern.Match(text);
            if (!match.Success)
            {
                return null;
            }

            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 1;
            var day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 1;
            return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? text : null;
        }

        public override string Explain(string text)
        {
            var withTime = WithTimePattern.Match(text);
            if (withTime.Success)
            {
                var date = withTime.Groups[1].Value;
                return Parse(date) is null
                    ? Explain(date)
                    : "; a date field keeps no time of day: drop '" + Shorten(withTime.Groups[2].Value) + "' and write " + date;
            }

            var match = DatePattern.Match(text);
            if (!match.Success)
            {
                return "; write dates as 2023-11-02, 2023-11 or 2023";
            }

            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (year < 1)
            {
                return "; there is no year 0";
            }

            var month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 1;
            if (month < 1 || month > 12)
            {
                return "; the month " + match.Groups[2].Value + " does not exist: months go from 01 to 12";
            }

            if (!match.Groups[3].Success)
            {
                return string.Empty;
            }

            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            return "; the day " + match.Groups[3].Value + " does not exist: " + monthName + " " + Invariant(year) + " has " + Invariant(DateTime.DaysInMonth(year, month)) + " days";
        }

        public override string CSharpType(EmitContext context) => context.Global(SupportTypeNames.PartialDate);

        /// <summary>Year, month and day as whole numbers, 0 for a part not known.</summary>
        public override void Encode(StringBuilder table, string canonical)
        {
            var parts = canonical.Split('-');
            for (var i = 0; i < 3; i++)
            {
                TableFormat.WriteInt(table, i < parts.Length ? int.Parse(parts[i], CultureInfo.InvariantCulture) : 0);
            }
        }

        public override string Decode(string reader, EmitContext context) => reader + ".Date()";

        public override JsonSchemaFacts JsonSchema { get; } = new()
        {
            AnyOf = new[]
            {
                new JsonSchemaFacts("integer") { Minimum = 1, Maximum = 9999 },
                new JsonSchemaFacts("string") { Pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" },
            },
        };

        private static string Shorten(string text) => text.Length <= 30 ? text : text.Substring(0, 27) + "...";
    }
}
