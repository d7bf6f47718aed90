// The page's own script; it touches nothing schoolscan reads.
document.documentElement.dataset.pageScript = 'ran';
