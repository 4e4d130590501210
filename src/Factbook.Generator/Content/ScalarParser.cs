using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Factbook.Generator.Schema;

namespace Factbook.Generator.Content
{
    /// <summary>Types a YAML scalar from its field's schema. Shared by content and schema defaults.</summary>
    internal static class ScalarParser
    {
        private static readonly Regex DatePattern = new(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", RegexOptions.CultureInvariant);

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
                    return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                        ? ValueModel.Scalar(ValueKind.Decimal, value.ToString(CultureInfo.InvariantCulture))
                        : null;
                case FieldKind.Bool:
                    return text is "true" or "false" ? ValueModel.Scalar(ValueKind.Bool, text) : null;
                case FieldKind.Date:
                    return ParseDate(text);
                case FieldKind.Url:
                    return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                        ? ValueModel.Scalar(ValueKind.Url, text)
                        : null;
                default:
                    return null;
            }
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
    }
}
