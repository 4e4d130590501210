namespace Factbook.Generator.Kinds
{
    /// <summary>
    /// What a JSON Schema says of one value of a <see cref="ScalarKind"/>, as YAML editors read plain scalars: the
    /// JSON types it may have, with a pattern or bounds, or else alternatives. Plain data, so the generator holds
    /// it without a JSON library; the checker's <c>schema</c> command writes it as JSON Schema keywords.
    /// </summary>
    internal sealed class JsonSchemaFacts
    {
        /// <param name="types">The JSON types a value may have (<c>"string"</c>, <c>"integer"</c>…): one is written as
        /// <c>"type": "string"</c>, several as a list.</param>
        public JsonSchemaFacts(params string[] types) => Types = types;

        public IReadOnlyList<string> Types { get; }

        /// <summary>The <c>pattern</c> a string value matches, or null.</summary>
        public string? Pattern { get; init; }

        /// <summary>The <c>minimum</c> of a number, or null.</summary>
        public long? Minimum { get; init; }

        /// <summary>The <c>maximum</c> of a number, or null.</summary>
        public long? Maximum { get; init; }

        /// <summary>Alternatives a value matches one of at least (<c>anyOf</c>), for a kind written as a number or as text.</summary>
        public IReadOnlyList<JsonSchemaFacts> AnyOf { get; init; } = Array.Empty<JsonSchemaFacts>();
    }
}
