using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Factbook.Generator
{
    /// <summary>
    /// The generated code uses records, so it needs C# 9. netstandard2.0 and .NET Framework projects default
    /// to C# 7.3, where it would give hundreds of errors inside generated files; they get FB0038 instead.
    /// </summary>
    internal static class LanguageVersionCheck
    {
        public const LanguageVersion Required = LanguageVersion.CSharp9;

        /// <summary>Whether the project compiles C# 11 or later, which has <c>"…"u8</c> literals.</summary>
        public static bool HasUtf8Literals(ParseOptions options) =>
            options is CSharpParseOptions csharp && csharp.LanguageVersion.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp11;

        /// <summary>FB0038 when the project's C# is older than <see cref="Required"/>, else null.</summary>
        public static DiagnosticInfo? Of(ParseOptions options)
        {
            if (options is not CSharpParseOptions csharp)
            {
                return null;
            }

            var version = csharp.LanguageVersion.MapSpecifiedToEffectiveVersion();
            return version >= Required
                ? null
                : DiagnosticInfo.Create(FactbookDiagnostics.LanguageVersionTooOld, string.Empty, SourceSpan.FileStart, version.ToDisplayString(), Required.ToDisplayString());
        }
    }
}
