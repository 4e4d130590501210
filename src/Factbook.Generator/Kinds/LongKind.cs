namespace Factbook.Generator.Kinds
{
    /// <summary><c>long</c>: a 64-bit whole number (populations, byte counts, ids of other systems).</summary>
    internal sealed class LongKind : ScalarKind
    {
        public override string Keyword => "long";

        public override string Expectation => "a whole number";

        public override string? Parse(string text) =>
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? Invariant(number) : null;

        public override string Explain(string text) =>
            NumberText.WholeNumber.IsMatch(text) ? "; it is too large for long (-9223372036854775808 to 9223372036854775807): declare the field as decimal"
            : NumberText.WithoutSeparators(this, text) ?? string.Empty;

        public override string CSharpType(EmitContext context) => "long";

        public override string Decode(string reader, EmitContext context) =>
            "long.Parse(" + reader + ".String(), global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture)";

        public override JsonSchemaFacts JsonSchema { get; } = new("integer");
    }
}
