namespace Factbook.Generator.Kinds
{
    /// <summary>
    /// One kind of single value a field can hold (<c>int</c>, <c>date</c>, <c>url</c>…): everything every stage
    /// needs to know about it, in one place. The schema finds it by <see cref="Keyword"/>, content is checked
    /// with <see cref="Parse"/>, tables store it with <see cref="Encode"/> and the generated code reads it back
    /// with <see cref="Decode"/>, editors get <see cref="JsonSchema"/>. A new kind is one subclass and one
    /// line in <see cref="ScalarKinds"/>. Kinds are singletons, so models compare them by reference.
    /// </summary>
    internal abstract class ScalarKind
    {
        /// <summary>What the schema writes: <c>type: int</c>.</summary>
        public abstract string Keyword { get; }

        /// <summary>How a message names what the field takes: "a whole number".</summary>
        public abstract string Expectation { get; }

        /// <summary>The canonical text of a valid value (what tables store and equality compares), or null.</summary>
        public abstract string? Parse(string text);

        /// <summary>For a value <see cref="Parse"/> refused: "; why, and how to write it", or an empty string.</summary>
        public virtual string Explain(string text) => string.Empty;

        /// <summary>The C# type of one value.</summary>
        public abstract string CSharpType(EmitContext context);

        /// <summary>Writes a canonical value into a table; by default as text (its length, ':', the characters).</summary>
        public virtual void Encode(StringBuilder table, string canonical) => TableFormat.WriteString(table, canonical);

        /// <summary>The C# expression that reads one value from the generated <c>FactbookReader</c> named <paramref name="reader"/>.</summary>
        public virtual string Decode(string reader, EmitContext context) => reader + ".String()";

        /// <summary>What a JSON Schema says of one value, as YAML editors read plain scalars; the checker writes it for editors.</summary>
        public abstract JsonSchemaFacts JsonSchema { get; }

        /// <summary>Formats a number for generated code and messages, whatever the machine's culture.</summary>
        protected static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

        public override string ToString() => Keyword;
    }
}
