namespace Factbook.Generator.Content
{
    /// <summary>Which type's <c>files</c> a content file matches, and the id its path gives.</summary>
    internal static class FileBinding
    {
        /// <summary>
        /// The file's path below the folder its pattern starts in, without the extension
        /// (<c>actionpack/CVE-2023-22795</c> for <c>gems/**/*.yml</c>), or null when no pattern of the type matches.
        /// </summary>
        public static string? Matches(TypeBinding binding, string path)
        {
            if (!binding.IsBound)
            {
                return null;
            }

            var normal = path.Replace('\\', '/');
            if (!normal.StartsWith(binding.Root, System.StringComparison.Ordinal))
            {
                return null;
            }

            var relative = normal.Substring(binding.Root.Length);
            foreach (var pattern in binding.Files)
            {
                if (FileGlob.Parse(pattern, out _) is { } glob && glob.Matches(relative))
                {
                    var below = relative.Substring(glob.Base.Length);
                    var dot = below.LastIndexOf('.');
                    return dot > below.LastIndexOf('/') + 1 ? below.Substring(0, dot) : below;
                }
            }

            return null;
        }
    }
}
