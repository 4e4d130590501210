namespace Factbook.Generator.Kinds
{
    /// <summary><c>int</c>: a 32-bit whole number.</summary>
    internal sealed class IntKind : ScalarKind
    {
        public override string Keyword => "int";

        public override string Expectation => "a whole number";

        public override string? Parse(string text) =>
            int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? Invariant(number) : null;

        public override string Explain(string text) =>
            NumberText.WholeNumber.IsMatch(text) ? "; it is too large for int (-2147483648 to 2147483647): declare the field as decimal for larger numbers"
            : decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                ? number == decimal.Truncate(number) && NumberText.WholeNumber.IsMatch(decimal.Truncate(number).ToString(CultureInfo.InvariantCulture)) ? "; write it without the decimal point: " + decimal.Truncate(number).ToString(CultureInfo.InvariantCulture) : "; it has a fraction: declare the field as decimal, or write a whole number"
            : NumberText.WithoutSeparators(this, text) ?? string.Empty;

        public override string CSharpType(EmitContext context) => "int";

        public override void Encode(StringBuilder table, string canonical) => TableFormat.WriteDigits(table, canonical);

        public override string Decode(string reader, EmitContext context) => reader + ".Int()";

        public override JsonSchemaFacts JsonSchema { get; } = new("integer") { Minimum = int.MinValue, Maximum = int.MaxValue };
    }
}
