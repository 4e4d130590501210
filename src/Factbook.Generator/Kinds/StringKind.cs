namespace Factbook.Generator.Kinds
{
    /// <summary><c>string</c>: any text.</summary>
    internal sealed class StringKind : ScalarKind
    {
        public override string Keyword => "string";

        public override string Expectation => "text";

        public override string? Parse(string text) => text;

        public override string CSharpType(EmitContext context) => "string";

        // YAML editors read plain 1946 or true as a number or a boolean; as content they are text all the same.
        public override JsonSchemaFacts JsonSchema { get; } = new("string", "number", "boolean");
    }
}
