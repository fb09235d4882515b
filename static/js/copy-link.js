// "Kopiera länken" on the scenario catalogue: a progressive enhancement (the link is in a
// read-only field that can be selected without JavaScript).
document.querySelectorAll("button[data-copy]").forEach((button) => {
  const field = document.getElementById(button.dataset.copy);
  const status = button.parentElement.querySelector(".copy-link__status");
  button.hidden = false;
  button.addEventListener("click", async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
    } catch {
      document.execCommand("copy");
    }
    status.textContent = button.dataset.copied;
  });
});
