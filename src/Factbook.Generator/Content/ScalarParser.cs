using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Factbook.Generator.Schema;

namespace Factbook.Generator.Content
{
    /// <summary>Types a YAML scalar from its field's schema. Shared by content and schema defaults.</summary>
    internal static class ScalarParser
    {
        private static readonly Regex DatePattern = new(@"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\z", RegexOptions.CultureInvariant);

        // A date followed by a time of day, as ISO 8601 and most tools write timestamps.
        private static readonly Regex DateTimePattern = new(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})([T ].*)\z", RegexOptions.CultureInvariant);

        private static readonly Regex WholeNumberPattern = new(@"^[-+]?[0-9]+\z", RegexOptions.CultureInvariant);

        private static readonly Regex DecimalNumberPattern = new(@"^[-+]?[0-9]+(\.[0-9]+)?\z", RegexOptions.CultureInvariant);

        // 1,000,000 or 1_000_000: digits grouped in threes, as people write large numbers.
        private static readonly Regex GroupedNumberPattern = new(@"^[-+]?[0-9]{1,3}([,_][0-9]{3})+(\.[0-9]+)?\z", RegexOptions.CultureInvariant);

        // 1,5: a decimal comma, as much of Europe writes fractions.
        private static readonly Regex DecimalCommaPattern = new(@"^[-+]?[0-9]+,[0-9]+\z", RegexOptions.CultureInvariant);

        /// <summary>
        /// The canonical value of <paramref name="text"/> for a scalar field, or null when it is not valid.
        /// Enum and reference fields are checked elsewhere: they need the declared values or the entries.
        /// </summary>
        public static ValueModel? Parse(FieldKind kind, string text)
        {
            switch (kind)
            {
                case FieldKind.String:
                    return ValueModel.Scalar(ValueKind.String, text);
                case FieldKind.Int:
                    return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                        ? ValueModel.Scalar(ValueKind.Int, number.ToString(CultureInfo.InvariantCulture))
                        : null;
                case FieldKind.Decimal:
                    // A value decimal cannot hold exactly (40 digits, 1e-29) is refused, never silently rounded.
                    return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) &&
                        Canonical(value.ToString(CultureInfo.InvariantCulture)) == Canonical(text)
                        ? ValueModel.Scalar(ValueKind.Decimal, value.ToString(CultureInfo.InvariantCulture))
                        : null;
                case FieldKind.Bool:
                    return text is "true" or "false" ? ValueModel.Scalar(ValueKind.Bool, text) : null;
                case FieldKind.Date:
                    return ParseDate(text);
                case FieldKind.Url:
                    return IsHttpUrl(text) ? ValueModel.Scalar(ValueKind.Url, text) : null;
                default:
                    return null;
            }
        }

        /// <summary>
        /// An absolute http(s) URL. A URL never holds spaces, control or format characters (RFC 3986), and
        /// refusing them first keeps bidi tricks out and <c>Uri</c> away from input it throws on ("//\u202E").
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

        /// <summary>A decimal numeral without what does not change its value: '+', leading and trailing zeros, the sign of zero.</summary>
        private static string Canonical(string number)
        {
            var negative = number.StartsWith("-", StringComparison.Ordinal);
            var digits = number.TrimStart('-', '+');
            var point = digits.IndexOf('.');
            var whole = (point < 0 ? digits : digits.Substring(0, point)).TrimStart('0');
            var fraction = point < 0 ? string.Empty : digits.Substring(point + 1).TrimEnd('0');
            var result = (whole.Length == 0 ? "0" : whole) + (fraction.Length == 0 ? string.Empty : "." + fraction);
            return negative && result != "0" ? "-" + result : result;
        }

        /// <summary>A full date, a year and month, or a year alone: articles say "May" and "1946".</summary>
        private static ValueModel? ParseDate(string text)
        {
            var match = DatePattern.Match(text);
            if (!match.Success)
            {
                return null;
            }

            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (year < 1)
            {
                return null;
            }

            if (match.Groups[2].Success)
            {
                var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                if (month < 1 || month > 12)
                {
                    return null;
                }

                if (match.Groups[3].Success)
                {
                    var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
                    if (day < 1 || day > DateTime.DaysInMonth(year, month))
                    {
                        return null;
                    }
                }
            }

            return ValueModel.Scalar(ValueKind.Date, text);
        }
    
        /// <summary>
        /// Why <paramref name="text"/> is not a valid value of <paramref name="kind"/> and how to write it, as a clause
        /// starting "; " for the end of a message, or an empty string when there is nothing to add.
        /// Only called after <see cref="Parse"/> refused the text, so it may take its time.
        /// </summary>
        public static string Explain(FieldKind kind, string text)
        {
            switch (kind)
            {
                case FieldKind.Int when WholeNumberPattern.IsMatch(text):
                    return "; it is too large for int (-2147483648 to 2147483647): declare the field as decimal for larger numbers";
                case FieldKind.Int when decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _):
                    return "; it has a fraction: declare the field as decimal, or write a whole number";
                case FieldKind.Int or FieldKind.Decimal when GroupedNumberPattern.IsMatch(text) && Parse(kind, text.Replace(",", string.Empty).Replace("_", string.Empty)) is { } plain:
                    return "; write it without separators: " + plain.Text;
                case FieldKind.Decimal when DecimalCommaPattern.IsMatch(text):
                    return "; write the decimal point as '.': " + text.Replace(',', '.');
                case FieldKind.Decimal when decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rounded):
                    return "; a decimal keeps 28 significant digits and would store it as " + rounded.ToString(CultureInfo.InvariantCulture) + ": write fewer digits, or declare the field as string";
                case FieldKind.Decimal when DecimalNumberPattern.IsMatch(text):
                    return "; it is too large for decimal: write it as text";
                case FieldKind.Bool when text is "yes" or "no" or "on" or "off" or "True" or "False" or "TRUE" or "FALSE" or "y" or "n":
                    return "; write true or false (lowercase): other YAML tools read '" + text + "' differently";
                case FieldKind.Date:
                    return ExplainDate(text);
                case FieldKind.Url:
                    return "; write the whole address, starting https:// or http://";
                default:
                    return string.Empty;
            }
        }

        private static string ExplainDate(string text)
        {
            var withTime = DateTimePattern.Match(text);
            if (withTime.Success)
            {
                var date = withTime.Groups[1].Value;
                return Parse(FieldKind.Date, date) is null
                    ? ExplainDate(date)
                    : "; a date field keeps no time of day: drop '" + Abbreviate(withTime.Groups[2].Value) + "' and write " + date;
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

            var days = DateTime.DaysInMonth(year, month);
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            return "; the day " + match.Groups[3].Value + " does not exist: " + monthName + " " + year.ToString(CultureInfo.InvariantCulture) + " has " + days.ToString(CultureInfo.InvariantCulture) + " days";
        }

        private static string Abbreviate(string text) => text.Length <= 30 ? text : text.Substring(0, 27) + "...";
    }
}
