namespace Factbook.Generator.Emit
{
    /// <summary>What emission needs from the consuming project, as plain data.</summary>
    /// <param name="Namespace">The namespace of every generated type.</param>
    /// <param name="HasNotNullWhen">
    /// Whether the consumer's framework has <c>NotNullWhenAttribute</c> (netstandard2.0 lacks it), so
    /// <c>TryGet</c> can tell the compiler its result is not null on success.
    /// </param>
    internal sealed record EmitContext(string Namespace, bool HasNotNullWhen)
    {
        public const string ToolName = "Factbook";
        public const string ToolVersion = "0.1.0";

        public string Global(string typeName) => "global::" + Namespace + "." + typeName;
    }
}
