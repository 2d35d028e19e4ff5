import '@/components/styles.css';
import { mountPage } from '@/utils/ui/mount';
import { App } from './app';

void mountPage(App);
