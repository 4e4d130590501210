namespace Factbook.Generator.Emit
{
    /// <summary>What emission needs from the consuming project, as plain data.</summary>
    /// <param name="Namespace">The namespace of every generated type.</param>
    /// <param name="HasNotNullWhen">
    /// Whether the consumer's framework has <c>NotNullWhenAttribute</c> (netstandard2.0 lacks it), so
    /// <c>TryGet</c> can tell the compiler its result is not null on success.
    /// </param>
    /// <param name="Utf8Tables">
    /// Whether tables and id lists are UTF-8 data (<c>"…"u8</c>, C# 11 and a framework with
    /// <c>ReadOnlySpan&lt;byte&gt;</c>): data lives outside the 16 MB heap of string literals, so a project can hold
    /// a million entries. Otherwise they are string constants, and the assembler keeps them within that heap.
    /// </param>
    internal sealed record EmitContext(string Namespace, bool HasNotNullWhen, bool Utf8Tables = false)
    {
        /// <summary>The expression that gives a table constant's bytes to the reader.</summary>
        public string TableBytes(string constant) =>
            Utf8Tables ? constant + ".ToArray()" : "global::System.Text.Encoding.UTF8.GetBytes(" + constant + ")";

        /// <summary>How a table or id list constant is declared: <c>"…"u8</c> data or a string constant.</summary>
        public string TableDeclaration(string name, string literal) =>
            Utf8Tables ? "private static global::System.ReadOnlySpan<byte> " + name + " => " + literal + "u8;" : "private const string " + name + " = " + literal + ";";

        /// <summary>The function that gives the id list's text to <c>FactbookTable</c>.</summary>
        public string IdListText(string constant) =>
            Utf8Tables ? "static () => global::System.Text.Encoding.UTF8.GetString(" + constant + ")" : "static () => " + constant;

        public const string ToolName = Naming.FixedNames.ToolName;
        public const string ToolVersion = "0.1.0";

        public string Global(string typeName) => "global::" + Namespace + "." + typeName;
    }
}
