namespace Factbook.Generator.Kinds
{
    /// <summary><c>decimal</c>: an exact decimal number, up to 28 significant digits; never silently rounded.</summary>
    internal sealed class DecimalKind : ScalarKind
    {
        private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

        public override string Keyword => "decimal";

        public override string Expectation => "a decimal number";

        // A value decimal cannot hold exactly (40 digits, 1e-29) is refused, never silently rounded.
        public override string? Parse(string text) =>
            decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var value) && Canonical(value.ToString(CultureInfo.InvariantCulture)) == Canonical(text)
                ? value.ToString(CultureInfo.InvariantCulture)
                : null;

        public override string Explain(string text) =>
            NumberText.WithoutSeparators(this, text)
            ?? (NumberText.DecimalComma.IsMatch(text) ? "; write the decimal point as '.': " + text.Replace(',', '.')
            : decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var rounded) ? "; a decimal keeps 28 significant digits and would store it as " + rounded.ToString(CultureInfo.InvariantCulture) + ": write fewer digits, or declare the field as string"
            : NumberText.DecimalNumber.IsMatch(text) ? "; it is too large for decimal: write it as text"
            : string.Empty);

        public override string CSharpType(EmitContext context) => "decimal";

        public override string Decode(string reader, EmitContext context) =>
            "decimal.Parse(" + reader + ".String(), global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture)";

        public override JsonSchemaFacts JsonSchema { get; } = new("number");

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
    }
}
