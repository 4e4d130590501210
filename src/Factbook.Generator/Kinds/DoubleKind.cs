namespace Factbook.Generator.Kinds
{
    /// <summary>
    /// <c>double</c>: a floating-point number, in decimal or exponent form (<c>1e3</c>, <c>-2.5E-4</c>). Infinities
    /// and NaN (<c>.inf</c>, <c>.nan</c>) are refused: a fact is a finite number.
    /// </summary>
    internal sealed class DoubleKind : ScalarKind
    {
        private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

        public override string Keyword => "double";

        public override string Expectation => "a number such as 0.25 or 1e3";

        // "G17" round-trips on every runtime ("R" does not on .NET Framework, which hosts Visual Studio's
        // compiler); a value too small for double, which would become 0, is refused like one too large.
        public override string? Parse(string text) =>
            double.TryParse(text, Styles, CultureInfo.InvariantCulture, out var value) && !double.IsInfinity(value) && !double.IsNaN(value) && !Underflows(text, value)
                ? value.ToString("G17", CultureInfo.InvariantCulture)
                : null;

        private static bool Underflows(string text, double value)
        {
            if (value != 0)
            {
                return false;
            }

            var exponent = text.IndexOfAny(new[] { 'e', 'E' });
            foreach (var c in exponent < 0 ? text : text.Substring(0, exponent))
            {
                if (c is >= '1' and <= '9')
                {
                    return true;
                }
            }

            return false;
        }

        public override string Explain(string text) =>
            text.TrimStart('+', '-') is ".inf" or ".Inf" or ".INF" or ".nan" or ".NaN" or ".NAN" or "Infinity" or "NaN" or "∞" ? "; infinities and NaN are not numbers a fact can hold"
            : double.TryParse(text, Styles, CultureInfo.InvariantCulture, out var value) ? (value == 0 ? "; it is too small for double, which would store 0" : "; it is too large for double")
            : NumberText.WithoutSeparators(this, text)
            ?? (NumberText.DecimalComma.IsMatch(text) ? "; write the decimal point as '.': " + text.Replace(',', '.') : string.Empty);

        public override string CSharpType(EmitContext context) => "double";

        public override string Decode(string reader, EmitContext context) =>
            "double.Parse(" + reader + ".String(), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture)";

        public override JsonSchemaFacts JsonSchema { get; } = new("number");
    }
}
